/**
 * The import, end to end: parse → validate rows → plan → write. `dryRun` stops before the write and
 * answers with the plan, so the preview and the import can never disagree about what a row is.
 */
import type { PayloadRequest } from 'payload'

import { planImport, type PublishStatus } from './plan'
import { defaultEdition, loadDocuments, loadEditions, scopeLoader } from './scope'
import { decodeUtf8, detectFormat, parseSource } from './source'
import { specFor } from './specs'
import { type ImportableCollection, type ImportReport, ImportRequestError } from './types'
import { writeRows } from './write'

export type ImportOptions = {
  req: PayloadRequest
  collection: ImportableCollection
  body: Uint8Array
  contentType: string | null
  /** csv, json or openreview; detected from the content type when absent. */
  format?: string | null
  /** The year of the edition for rows without an edition column; the current edition when absent. */
  edition?: string | null
  dryRun: boolean
  /** The status of new documents when the file has no status column (drafts unless told otherwise). */
  status?: string | null
}

function publishStatus(value: string | null | undefined): PublishStatus {
  if (!value || value === 'draft') return 'draft'
  if (value === 'published') return 'published'
  throw new ImportRequestError(`Unknown status "${value}". Use draft or published.`, 400)
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { req, collection } = options
  const format = detectFormat(decodeUtf8(options.body.subarray(0, 64)), options.format ?? null, options.contentType)
  if (format === 'openreview' && collection !== 'papers') {
    throw new ImportRequestError('OpenReview notes are papers: send them to /api/papers/import?format=openreview.', 400)
  }
  const defaultStatus = publishStatus(options.status)
  const rows = parseSource(decodeUtf8(options.body), format)

  const { payload } = req
  const editions = await loadEditions(payload, req)
  const fallbackEdition = defaultEdition(editions, options.edition)
  const spec = specFor(payload, collection)
  const planned = await planImport({
    spec,
    rows,
    editions,
    fallbackEdition,
    defaultStatus,
    scopeOf: scopeLoader(payload, req, collection === 'sessions'),
    documentsOf: (edition) => loadDocuments(payload, req, collection, edition),
  })

  if (!options.dryRun) {
    await writeRows(req, spec, planned)
  }

  const count = (action: string) => planned.filter((row) => row.action === action).length
  return {
    dryRun: options.dryRun,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    errors: planned.flatMap((row) => row.errors),
    rows: planned.map((row) => ({
      row: row.row,
      action: row.action,
      label: row.label,
      id: row.existing?.id,
      edition: row.edition?.year,
    })),
  }
}
