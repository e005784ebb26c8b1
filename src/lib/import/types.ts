/**
 * The shapes shared by the import pipeline (parse → validate rows → plan → write) and the export.
 * A dry run is the same pipeline stopped before the write.
 */

/** The collections that can be imported and exported, by their slug. */
export const IMPORTABLE_COLLECTIONS = ['papers', 'speakers', 'organizers', 'sessions', 'important-dates'] as const
export type ImportableCollection = (typeof IMPORTABLE_COLLECTIONS)[number]

export function isImportableCollection(value: unknown): value is ImportableCollection {
  return typeof value === 'string' && (IMPORTABLE_COLLECTIONS as readonly string[]).includes(value)
}

export const IMPORT_FORMATS = ['csv', 'json', 'openreview'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export const EXPORT_FORMATS = ['csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A request body larger than this is refused before it is parsed. 1,000 papers with abstracts are about 2 MB. */
export { MAX_IMPORT_BODY_BYTES as MAX_IMPORT_BYTES } from '../apiLimits'
export const MAX_IMPORT_ROWS = 5_000

/**
 * One row of the source, before validation. `row` is the number a person finds it under: the
 * spreadsheet row for CSV (the header is row 1), the position in the list for JSON (from 1).
 * `cells` is keyed by the normalised column name (see normaliseColumnName).
 */
export type SourceRow = { row: number; cells: Map<string, unknown> }

export type RowError = { row: number; field?: string; message: string }

export type RowAction = 'create' | 'update' | 'unchanged' | 'error'

export type RowOutcome = {
  row: number
  action: RowAction
  /** What the row is, in the workshop's words: a paper's title, a speaker's name. */
  label: string
  /** The document's id once written (or matched). */
  id?: string
  /** The year of the edition the row goes to. */
  edition?: number
}

export type ImportReport = {
  dryRun: boolean
  created: number
  updated: number
  unchanged: number
  errors: RowError[]
  rows: RowOutcome[]
}

/** A mistake in the request as a whole (not in one row): answered with 400 or 422 and nothing written. */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 422 = 422,
  ) {
    super(message)
    this.name = 'ImportRequestError'
  }
}
