/**
 * Import, step 4: writes the plan in one transaction (all or nothing), with the importing user's
 * rights and every collection's validation and hooks. Hooks that would change what the document
 * says are told it is an import (`context.importing`): a session keeps its exported `sequence`,
 * so calendar subscribers see the same events. Site revalidation happens once, after the commit.
 *
 * Order: media, affiliations, the edition, speakers and organizers, papers (without their
 * session), sessions (with speakers and papers), then each paper's session, then the dates.
 */
import { unlink } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import { ValidationError, commitTransaction, initTransaction, killTransaction } from 'payload'

import { mapFields } from './fields'
import { CONTENT_KEYS, EDITION_CONTENT, type ExportRecord, MANAGED_FIELDS, MEDIA_FILE_FIELDS } from './format'
import type { ImportPlan } from './plan'
import type { ImportProblem } from './parse'

export type ImportReport = {
  edition: { id: string; year: number }
  created: Record<string, number>
  reused: { affiliations: number }
  media: { downloaded: number; missing: { ref: string; url: unknown; filename: unknown; alt: unknown; reason: string }[] }
}

export type WriteResult = { ok: true; report: ImportReport } | { ok: false; status: 422; problems: ImportProblem[] }

type Ids = Map<string, Map<string, string>>

/** `_status` decides whether the new document is published or a draft, as it was in the export. */
function isDraft(record: ExportRecord): boolean {
  return record._status === 'draft'
}

export async function writeEditionImport(req: PayloadRequest, plan: ImportPlan): Promise<WriteResult> {
  const { payload } = req
  const { document } = plan
  const ids: Ids = new Map()
  const idsOf = (collection: string) => {
    let map = ids.get(collection)
    if (!map) ids.set(collection, (map = new Map()))
    return map
  }
  const fieldsOf = (collection: CollectionSlug) => payload.collections[collection].config.flattenedFields
  const context = { ...req.context, importing: true, disableRevalidate: true }
  const uploaded: { filename?: unknown; sizes?: unknown }[] = []
  const created: Record<string, number> = {}
  const toNewId = (relationTo: string, ref: string) => ids.get(relationTo)?.get(ref)

  const data = (collection: CollectionSlug, record: ExportRecord, skip: ReadonlySet<string> = new Set()) =>
    mapFields(fieldsOf(collection), record, toNewId, new Set([...MANAGED_FIELDS, 'ref', ...skip]))

  const create = async (collection: CollectionSlug, record: ExportRecord, values: Record<string, unknown>) => {
    const doc = await payload.create({
      collection,
      data: values,
      draft: isDraft(record),
      overrideAccess: false,
      user: req.user,
      req,
      context,
      depth: 0,
    })
    idsOf(collection).set(record.ref, String(doc.id))
    created[collection] = (created[collection] ?? 0) + 1
    return String(doc.id)
  }

  const shouldCommit = await initTransaction(req)
  try {
    for (const media of plan.media) {
      if (media.action !== 'download') continue
      const doc = await payload.create({
        collection: 'media',
        // The walk over the media config yields its own fields (alt, credit, focal point).
        data: data('media', media.record, new Set([...MEDIA_FILE_FIELDS])) as RequiredDataFromCollectionSlug<'media'>,
        file: media.file,
        overrideAccess: false,
        user: req.user,
        req,
        context,
        depth: 0,
      })
      uploaded.push(doc)
      idsOf('media').set(media.ref, String(doc.id))
      created.media = (created.media ?? 0) + 1
    }
    for (const affiliation of plan.affiliations) {
      if (affiliation.action === 'reuse' && affiliation.existingId) idsOf('affiliations').set(affiliation.ref, affiliation.existingId)
      else await create('affiliations', affiliation.record, data('affiliations', affiliation.record))
    }
    const editionId = await create('editions', document.edition, data('editions', document.edition))
    const owned = (collection: CollectionSlug, record: ExportRecord, skip?: ReadonlySet<string>) =>
      create(collection, record, { ...data(collection, record, skip), edition: editionId })

    for (const collection of EDITION_CONTENT) {
      if (collection === 'sessions' || collection === 'important-dates') continue
      for (const record of document[CONTENT_KEYS[collection]]) {
        await owned(collection, record, collection === 'papers' ? new Set(['session']) : undefined)
      }
    }
    for (const record of document.sessions) await owned('sessions', record)
    for (const record of document.papers) {
      const session = typeof record.session === 'string' ? toNewId('sessions', record.session) : undefined
      const paperId = toNewId('papers', record.ref)
      if (!session || !paperId) continue
      await payload.update({
        collection: 'papers',
        id: paperId,
        data: { session },
        draft: isDraft(record),
        overrideAccess: false,
        user: req.user,
        req,
        context,
        depth: 0,
      })
    }
    for (const record of document.importantDates) await owned('important-dates', record)

    if (shouldCommit) await commitTransaction(req)
    const missing = plan.media.flatMap((media) =>
      media.action === 'missing'
        ? [{ ref: media.ref, url: media.record.url, filename: media.record.filename, alt: media.record.alt, reason: media.reason }]
        : [],
    )
    const reused = plan.affiliations.filter((affiliation) => affiliation.action === 'reuse').length
    return {
      ok: true,
      report: {
        edition: { id: editionId, year: Number(document.edition.year) },
        created,
        reused: { affiliations: reused },
        media: { downloaded: created.media ?? 0, missing },
      },
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    // The rows are gone with the transaction; the files written by the uploads are not.
    await removeUploadedFiles(payload.collections.media.config.upload.staticDir, uploaded)
    if (error instanceof ValidationError) {
      const problems = error.data.errors.map((fieldError) => ({
        path: `${error.data.collection ?? ''}.${fieldError.path}`,
        message: fieldError.message,
      }))
      return { ok: false, status: 422, problems }
    }
    throw error
  }
}

async function removeUploadedFiles(staticDir: string | undefined, docs: { filename?: unknown; sizes?: unknown }[]): Promise<void> {
  const directory = path.resolve(staticDir ?? process.env.MEDIA_DIR ?? 'media')
  const names = docs.flatMap((doc) => {
    const sizes = doc.sizes && typeof doc.sizes === 'object' ? Object.values(doc.sizes) : []
    return [doc.filename, ...sizes.map((size) => (size && typeof size === 'object' && 'filename' in size ? size.filename : undefined))]
  })
  await Promise.all(
    names.filter((name): name is string => typeof name === 'string' && name !== '').map((name) => unlink(path.join(directory, name)).catch(() => undefined)),
  )
}
