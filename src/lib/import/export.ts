/**
 * Export: an edition's documents of one collection in the import's own formats (CSV or JSON), so a
 * file exported, edited and imported again updates what changed and leaves the rest unchanged.
 */
import type { PayloadRequest } from 'payload'
import { stringify } from 'csv-stringify/sync'

import type { Doc, Scope } from './columns'
import { defaultEdition, loadDocuments, loadEditions, scopeLoader } from './scope'
import { type CollectionSpec, specFor } from './specs'
import { type ExportFormat, type ImportableCollection, ImportRequestError } from './types'
import { csvCell, type Value } from './values'

export type ExportFile = { body: string; contentType: string; filename: string }

type Author = { name: string; affiliation: string | null }

function exportRecord(spec: CollectionSpec, doc: Doc, scope: Scope): Record<string, Value> {
  const record: Record<string, Value> = {}
  if (spec.keys.some((key) => key.includes('id'))) record.id = doc.id
  for (const column of spec.columns) record[column.name] = column.exportValue(doc, scope)
  record.edition = scope.edition.year
  record.status = typeof doc._status === 'string' ? doc._status : 'published'
  return record
}

/** CSV: lists joined by "; ", and authors in repeated columns (author1, author1Affiliation, …). */
function toCsv(records: Record<string, Value>[], header: string[]): string {
  const authorCount = Math.max(0, ...records.map((record) => (Array.isArray(record.authors) ? record.authors.length : 0)))
  const withAffiliations = records.some((record) =>
    Array.isArray(record.authors) ? (record.authors as Author[]).some((author) => author.affiliation) : false,
  )
  const columns = header.flatMap((name) => {
    if (name !== 'authors') return [name]
    return Array.from({ length: authorCount }, (_, index) =>
      withAffiliations ? [`author${index + 1}`, `author${index + 1}Affiliation`] : [`author${index + 1}`],
    ).flat()
  })
  const lines = records.map((record) =>
    columns.map((name) => {
      const author = /^author(\d+)(Affiliation)?$/.exec(name)
      if (author) {
        const entry = (record.authors as Author[] | undefined)?.[Number(author[1]) - 1]
        return (author[2] ? entry?.affiliation : entry?.name) ?? ''
      }
      return csvCell(record[name])
    }),
  )
  return stringify([columns, ...lines])
}

export async function exportCollection(options: {
  req: PayloadRequest
  collection: ImportableCollection
  edition?: string | null
  format?: string | null
}): Promise<ExportFile> {
  const { req, collection } = options
  const format = (options.format ?? 'csv') as ExportFormat
  if (format !== 'csv' && format !== 'json') throw new ImportRequestError(`Unknown format "${options.format}". Use csv or json.`, 400)
  const { payload } = req
  const edition = defaultEdition(await loadEditions(payload, req), options.edition)
  if (!edition) throw new ImportRequestError('No edition: pass ?edition=<year> or mark an edition current.', 422)
  const scope = await scopeLoader(payload, req, collection === 'sessions')(edition)
  const documents = await loadDocuments(payload, req, collection, edition)
  const spec = specFor(payload, collection)
  const records = documents.map((doc) => exportRecord(spec, doc, scope))
  const filename = `${collection}-${edition.year}.${format}`
  if (format === 'json') {
    const body = JSON.stringify({ collection, edition: edition.year, docs: records }, null, 2)
    return { body: `${body}\n`, contentType: 'application/json; charset=utf-8', filename }
  }
  const header = [...(spec.keys.some((key) => key.includes('id')) ? ['id'] : []), ...spec.columns.map((c) => c.name), 'edition', 'status']
  return { body: toCsv(records, header), contentType: 'text/csv; charset=utf-8', filename }
}
