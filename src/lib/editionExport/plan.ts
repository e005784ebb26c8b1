/**
 * Import, steps 2 and 3 (validate, plan): checks that every relation names a record of the
 * document and that the edition's year is free, then decides what the write will do:
 * create the edition and its content, reuse an affiliation that already exists under the same
 * name (names are unique), and fetch each media file.
 *
 * Media: each file is downloaded from its URL before anything is written. A file that cannot be
 * fetched (unreachable, not an accepted type, too large) does not fail the import: the fields that
 * pointed at it are left empty and the response lists it under `media.missing`, with its URL, alt
 * text and filename, so an editor can upload it afterwards. Everything else is all or nothing.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { mapFields } from './fields'
import { CONTENT_KEYS, EDITION_CONTENT, type EditionExport, type ExportRecord, MANAGED_FIELDS } from './format'
import type { ImportProblem } from './parse'

export type MediaFile = { data: Buffer; mimetype: string; name: string; size: number }

export type MediaPlan =
  | { ref: string; action: 'download'; record: ExportRecord; file: MediaFile }
  | { ref: string; action: 'missing'; record: ExportRecord; reason: string }

export type ImportPlan = {
  document: EditionExport
  affiliations: { ref: string; action: 'create' | 'reuse'; existingId?: string; record: ExportRecord }[]
  media: MediaPlan[]
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; status: 409 | 422; problems: ImportProblem[] }

/** Where each kind of record lives in the document. */
function recordsOf(document: EditionExport): Map<string, ExportRecord[]> {
  const lists = new Map<string, ExportRecord[]>([
    ['editions', [document.edition]],
    ['affiliations', document.affiliations],
    ['media', document.media],
  ])
  for (const collection of EDITION_CONTENT) lists.set(collection, document[CONTENT_KEYS[collection]])
  return lists
}

/** Every relation must name a ref of the document: a dangling one would silently lose data. */
export function validateEditionExport(payload: Payload, document: EditionExport): ImportProblem[] {
  const problems: ImportProblem[] = []
  const lists = recordsOf(document)
  const refs = new Map([...lists].map(([collection, records]) => [collection, new Set(records.map((record) => record.ref))]))
  for (const [collection, records] of lists) {
    const key = collection === 'editions' ? 'edition' : collection === 'important-dates' ? 'importantDates' : collection
    const fields = payload.collections[collection as CollectionSlug].config.flattenedFields
    records.forEach((record, index) => {
      const where = collection === 'editions' ? key : `${key}.${index}`
      mapFields(fields, record, (relationTo, ref, path) => {
        if (!refs.get(relationTo)?.has(ref)) {
          problems.push({ path: `${where}.${path}`, message: `No ${relationTo} record with ref "${ref}" in the document.` })
        }
        return ref
      }, MANAGED_FIELDS)
    })
  }
  if (typeof document.edition.year !== 'number') problems.push({ path: 'edition.year', message: 'The edition needs a year.' })
  return problems
}

const DOWNLOAD_TIMEOUT_MS = 15_000

async function download(record: ExportRecord, accepted: string[], maxBytes: number): Promise<MediaFile | string> {
  if (typeof record.url !== 'string' || !/^https?:\/\//.test(record.url)) return 'It has no http(s) URL.'
  try {
    const response = await fetch(record.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' })
    if (!response.ok) return `The URL answered ${response.status}.`
    const mimetype = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
    const type = mimetype || (typeof record.mimeType === 'string' ? record.mimeType : '')
    if (!accepted.includes(type)) return `Its type (${type || 'unknown'}) is not one the media library accepts.`
    const data = Buffer.from(await response.arrayBuffer())
    if (data.byteLength > maxBytes) return `It is larger than ${maxBytes} bytes.`
    const name = typeof record.filename === 'string' && record.filename ? record.filename : new URL(record.url).pathname.split('/').pop() || 'file'
    return { data, mimetype: type, name, size: data.byteLength }
  } catch (error) {
    return `It could not be fetched (${error instanceof Error ? error.message : String(error)}).`
  }
}

export async function planEditionImport(
  req: PayloadRequest,
  document: EditionExport,
  limits: { mimeTypes: string[]; maxBytes: number },
): Promise<PlanResult> {
  const { payload } = req
  const year = document.edition.year
  const sameYear = await payload.count({ collection: 'editions', where: { year: { equals: year } }, overrideAccess: true, req })
  if (sameYear.totalDocs > 0) {
    return {
      ok: false,
      status: 409,
      problems: [{ path: 'edition.year', message: `An edition for ${String(year)} already exists. Delete it first, or import into another portal.` }],
    }
  }
  const affiliations: ImportPlan['affiliations'] = []
  for (const record of document.affiliations) {
    const name = typeof record.name === 'string' ? record.name : ''
    const { docs } = await payload.find({
      collection: 'affiliations',
      where: { name: { equals: name } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      draft: true,
      req,
    })
    const existing = docs[0]
    affiliations.push(existing ? { ref: record.ref, action: 'reuse', existingId: String(existing.id), record } : { ref: record.ref, action: 'create', record })
  }
  const reused = new Set(affiliations.filter((plan) => plan.action === 'reuse').map((plan) => plan.ref))
  // A reused affiliation keeps its own logo, so its logo is not fetched.
  const neededMedia = new Set<string>()
  const lists = recordsOf(document)
  for (const [collection, records] of lists) {
    if (collection === 'media') continue
    const fields = payload.collections[collection as CollectionSlug].config.flattenedFields
    for (const record of records) {
      if (collection === 'affiliations' && reused.has(record.ref)) continue
      mapFields(fields, record, (relationTo, ref) => {
        if (relationTo === 'media') neededMedia.add(ref)
        return ref
      }, MANAGED_FIELDS)
    }
  }
  const media: MediaPlan[] = []
  for (const record of document.media) {
    if (!neededMedia.has(record.ref)) continue
    const file = await download(record, limits.mimeTypes, limits.maxBytes)
    media.push(typeof file === 'string' ? { ref: record.ref, action: 'missing', record, reason: file } : { ref: record.ref, action: 'download', record, file })
  }
  return { ok: true, plan: { document, affiliations, media } }
}
