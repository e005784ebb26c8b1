/**
 * Reads one edition and everything it owns into an EditionExport, with the reader's rights:
 * anonymous readers get published documents only, signed-in editors the latest version of each
 * (drafts included). Relations to documents the reader may not see are left out, never leaked.
 */
import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { absoluteUrl } from '../siteUrl'
import { mapFields } from './fields'
import {
  CONTENT_KEYS,
  EDITION_CONTENT,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type EditionExport,
  type ExportRecord,
  MANAGED_FIELDS,
  MEDIA_FILE_FIELDS,
} from './format'

export type ExportReader = { user: TypedUser | null }

type Doc = Record<string, unknown> & { id: string | number }

const WITHOUT_EDITION = new Set([...MANAGED_FIELDS, 'edition'])

async function readAll(payload: Payload, collection: CollectionSlug, where: Where, reader: ExportReader): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: reader.user,
    draft: reader.user !== null,
  })
  return docs as unknown as Doc[]
}

/** The ids a set of documents relates to in one collection (found by the same walk as the export). */
function relatedIds(payload: Payload, collection: CollectionSlug, docs: Doc[], target: string): Set<string> {
  const found = new Set<string>()
  const fields = payload.collections[collection].config.flattenedFields
  for (const doc of docs) {
    mapFields(fields, doc, (relationTo, id) => {
      if (relationTo === target) found.add(id)
      return undefined
    }, MANAGED_FIELDS)
  }
  return found
}

/** Null when the edition does not exist or the reader may not see it. */
export async function exportEdition(
  payload: Payload,
  editionId: string,
  reader: ExportReader,
  baseUrl: string,
  now: Date = new Date(),
): Promise<EditionExport | null> {
  const [edition] = await readAll(payload, 'editions', { id: { equals: editionId } }, reader)
  if (!edition) return null
  const owned = await Promise.all(
    EDITION_CONTENT.map((collection) => readAll(payload, collection, { edition: { equals: edition.id } }, reader)),
  )
  const byCollection = new Map<string, Doc[]>([['editions', [edition]]])
  EDITION_CONTENT.forEach((collection, index) => byCollection.set(collection, owned[index] ?? []))

  const affiliationIds = new Set<string>()
  for (const [collection, docs] of byCollection) {
    for (const id of relatedIds(payload, collection as CollectionSlug, docs, 'affiliations')) affiliationIds.add(id)
  }
  const affiliations = affiliationIds.size
    ? await readAll(payload, 'affiliations', { id: { in: [...affiliationIds] } }, reader)
    : []
  byCollection.set('affiliations', affiliations)

  const mediaIds = new Set<string>()
  for (const [collection, docs] of byCollection) {
    for (const id of relatedIds(payload, collection as CollectionSlug, docs, 'media')) mediaIds.add(id)
  }
  const media = mediaIds.size ? await readAll(payload, 'media', { id: { in: [...mediaIds] } }, reader) : []
  byCollection.set('media', media)

  const present = new Map<string, Set<string>>()
  for (const [collection, docs] of byCollection) present.set(collection, new Set(docs.map((doc) => String(doc.id))))
  const toRef = (relationTo: string, id: string) => (present.get(relationTo)?.has(id) ? id : undefined)

  const record = (collection: CollectionSlug, doc: Doc, skip: ReadonlySet<string>): ExportRecord => ({
    ref: String(doc.id),
    ...mapFields(payload.collections[collection].config.flattenedFields, doc, toRef, skip),
  })
  const mediaRecord = (doc: Doc): ExportRecord => {
    const fields = record('media', doc, new Set([...MANAGED_FIELDS, ...MEDIA_FILE_FIELDS]))
    return {
      ...fields,
      url: typeof doc.url === 'string' ? absoluteUrl(doc.url, baseUrl) : null,
      filename: doc.filename ?? null,
      mimeType: doc.mimeType ?? null,
    }
  }

  const content = Object.fromEntries(
    EDITION_CONTENT.map((collection) => [
      CONTENT_KEYS[collection],
      (byCollection.get(collection) ?? []).map((doc) => record(collection, doc, WITHOUT_EDITION)),
    ]),
  ) as Pick<EditionExport, 'speakers' | 'organizers' | 'papers' | 'sessions' | 'importantDates'>

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    source: baseUrl,
    content: reader.user ? 'latest' : 'published',
    edition: record('editions', edition, MANAGED_FIELDS),
    affiliations: affiliations.map((doc) => record('affiliations', doc, MANAGED_FIELDS)),
    media: media.map(mediaRecord),
    ...content,
  }
}
