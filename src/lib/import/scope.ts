/**
 * What the plan reads before it looks at any row: the editions, the documents already in each
 * edition the file touches, and what rows may reference (affiliations; a session's speakers and papers).
 * Everything is read as the signed-in editor (drafts included), once per import.
 */
import type { Payload, PayloadRequest } from 'payload'

import { type AffiliationIndex, type Doc, type EditionInfo, type Reference, type ReferenceIndex, type Scope } from './columns'
import type { ImportableCollection } from './types'
import { ImportRequestError } from './types'

export type Editions = { byYear: Map<number, EditionInfo>; current?: EditionInfo }

export async function loadEditions(payload: Payload, req: PayloadRequest): Promise<Editions> {
  const { docs } = await payload.find({
    collection: 'editions',
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    req,
    overrideAccess: false,
    user: req.user,
    select: { name: true, year: true, timeZone: true, isCurrent: true, _status: true },
  })
  const byYear = new Map<number, EditionInfo>()
  let current: EditionInfo | undefined
  for (const doc of docs) {
    const edition = { id: String(doc.id), year: doc.year, timeZone: doc.timeZone, name: doc.name }
    byYear.set(doc.year, edition)
    if (doc.isCurrent && (doc._status === 'published' || !current)) current = edition
  }
  return { byYear, current }
}

/** `?edition=2025`, or the current edition when the request names none. */
export function defaultEdition(editions: Editions, requested: string | null | undefined): EditionInfo | undefined {
  if (requested === null || requested === undefined || requested.trim() === '') return editions.current
  const year = Number(requested)
  const edition = Number.isInteger(year) ? editions.byYear.get(year) : undefined
  if (!edition) {
    const known = [...editions.byYear.keys()].sort().join(', ')
    throw new ImportRequestError(`There is no edition ${requested}. The editions are: ${known || 'none yet'}.`, 422)
  }
  return edition
}

export async function loadDocuments(
  payload: Payload,
  req: PayloadRequest,
  collection: ImportableCollection,
  edition: EditionInfo,
): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    where: { edition: { equals: edition.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    req,
    overrideAccess: false,
    user: req.user,
  })
  return docs.map((doc) => ({ ...(doc as unknown as Record<string, unknown>), id: String(doc.id) }))
}

async function loadReferences(payload: Payload, req: PayloadRequest, edition: EditionInfo): Promise<ReferenceIndex> {
  const common = {
    where: { edition: { equals: edition.id } },
    depth: 0,
    limit: 0,
    pagination: false as const,
    draft: true,
    req,
    overrideAccess: false,
    user: req.user,
  }
  const [speakers, papers] = await Promise.all([
    payload.find({ collection: 'speakers', ...common, select: { slug: true } }),
    payload.find({ collection: 'papers', ...common, select: { slug: true, openReviewId: true } }),
  ])
  const index = {
    speakers: indexReferences(speakers.docs.map((doc) => ({ id: String(doc.id), slug: doc.slug }))),
    papers: indexReferences(
      papers.docs.map((doc) => ({ id: String(doc.id), slug: doc.slug, openReviewId: doc.openReviewId ?? undefined })),
    ),
  }
  return {
    find: (collection, token) => index[collection].byToken.get(token) ?? index[collection].byToken.get(token.toLowerCase()),
    byId: (collection, id) => index[collection].byId.get(id),
  }
}

function indexReferences(references: Reference[]) {
  const byToken = new Map<string, Reference>()
  const byId = new Map<string, Reference>()
  for (const reference of references) {
    byId.set(reference.id, reference)
    if (reference.slug) byToken.set(reference.slug, reference)
    // OpenReview ids are case-sensitive; a slug never collides with one in practice, and slugs win.
    if (reference.openReviewId && !byToken.has(reference.openReviewId)) byToken.set(reference.openReviewId, reference)
  }
  return { byToken, byId }
}

async function loadAffiliations(payload: Payload, req: PayloadRequest): Promise<AffiliationIndex> {
  const { docs } = await payload.find({
    collection: 'affiliations',
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    req,
    overrideAccess: false,
    user: req.user,
    select: { name: true, shortName: true },
  })
  const nameById = new Map<string, string>()
  const canonical = new Map<string, string>()
  for (const doc of docs) {
    nameById.set(String(doc.id), doc.name)
    if (doc.shortName) canonical.set(doc.shortName.toLowerCase(), doc.name)
  }
  // Full names win over short names that happen to be the same word.
  for (const doc of docs) canonical.set(doc.name.toLowerCase(), doc.name)
  return { nameOf: (id) => nameById.get(id), canonicalName: (name) => canonical.get(name.toLowerCase()) }
}

/** Scopes per edition, loaded on first use. */
export function scopeLoader(payload: Payload, req: PayloadRequest, needsReferences: boolean) {
  let affiliations: Promise<AffiliationIndex> | undefined
  const scopes = new Map<string, Promise<Scope>>()
  const empty: ReferenceIndex = { find: () => undefined, byId: () => undefined }
  return (edition: EditionInfo): Promise<Scope> => {
    let scope = scopes.get(edition.id)
    if (!scope) {
      affiliations ??= loadAffiliations(payload, req)
      scope = Promise.all([affiliations, needsReferences ? loadReferences(payload, req, edition) : empty]).then(
        ([affiliationIndex, references]) => ({ edition, references, affiliations: affiliationIndex }),
      )
      scopes.set(edition.id, scope)
    }
    return scope
  }
}
