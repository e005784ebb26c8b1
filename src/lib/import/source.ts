/**
 * Parse: a request body (CSV, JSON, or OpenReview notes) → SourceRow[]. UTF-8, with or without a
 * byte-order mark; column names are matched loosely ("OpenReview ID" = "openReviewId").
 */
import { parse } from 'csv-parse/sync'

import { openReviewNotesToRows } from './openReview'
import { ImportRequestError, MAX_IMPORT_ROWS, type ImportFormat, type SourceRow } from './types'

const BOM = '\uFEFF'

/** "OpenReview ID", "openReviewId", "open_review_id" → "openreviewid". */
export function normaliseColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** Bytes → text, refusing anything that is not UTF-8 (a spreadsheet saved as Latin-1, say). */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportRequestError('The file is not UTF-8 text. Save it as "CSV UTF-8" or JSON and try again.', 400)
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text
}

/** The format of a body: `?format=` wins, then the content type, then a look at the first character. */
export function detectFormat(text: string, requested: string | null, contentType: string | null): ImportFormat {
  if (requested) {
    if (requested === 'csv' || requested === 'json' || requested === 'openreview') return requested
    throw new ImportRequestError(`Unknown format "${requested}". Use csv, json or openreview.`, 400)
  }
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'text/csv' || type === 'application/csv') return 'csv'
  if (type === 'application/json') return 'json'
  const first = text.trimStart()[0]
  if (first === '[' || first === '{') return 'json'
  if (type === '' || type === 'text/plain' || type === 'application/octet-stream') return 'csv'
  throw new ImportRequestError(`A body of type "${type}" cannot be imported. Send text/csv or application/json.`, 400)
}

export function parseSource(text: string, format: ImportFormat): SourceRow[] {
  if (text.trim() === '') throw new ImportRequestError('The file is empty.', 400)
  const rows = format === 'csv' ? parseCsv(text) : format === 'json' ? parseJsonRows(text) : openReviewNotesToRows(parseJson(text))
  if (rows.length === 0) throw new ImportRequestError('The file has no rows to import.', 400)
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportRequestError(`The file has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`, 400)
  }
  return rows
}

function parseCsv(text: string): SourceRow[] {
  let records: string[][]
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][]
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new ImportRequestError(`The file is not valid CSV: ${detail}`, 400)
  }
  const [header, ...body] = records
  if (!header) return []
  const names = header.map(normaliseColumnName)
  const seen = new Set<string>()
  for (const [index, name] of names.entries()) {
    if (name === '') continue
    if (seen.has(name)) throw new ImportRequestError(`The column "${header[index]}" appears twice in the header.`, 400)
    seen.add(name)
  }
  return body.map((record, index) => {
    const cells = new Map<string, unknown>()
    for (const [column, name] of names.entries()) {
      if (name !== '') cells.set(name, record[column] ?? '')
    }
    // The header is row 1, as in a spreadsheet.
    return { row: index + 2, cells }
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new ImportRequestError(`The body is not valid JSON: ${detail}`, 400)
  }
}

/** A JSON array of objects, or an object with the array under `docs` or `rows` (what the export writes). */
function parseJsonRows(text: string): SourceRow[] {
  const value = parseJson(text)
  const list = Array.isArray(value) ? value : isRecord(value) ? (value.docs ?? value.rows) : undefined
  if (!Array.isArray(list)) {
    throw new ImportRequestError('The JSON must be a list of objects, or an object with the list under "docs".', 400)
  }
  return list.map((item, index) => {
    if (!isRecord(item)) throw new ImportRequestError(`Item ${index + 1} of the JSON list is not an object.`, 400)
    const cells = new Map<string, unknown>()
    for (const [name, cell] of Object.entries(item)) cells.set(normaliseColumnName(name), cell)
    return { row: index + 1, cells }
  })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
