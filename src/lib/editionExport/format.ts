/**
 * The edition export document: everything one edition holds, as one JSON file that another
 * portal imports (GET /api/editions/<id>/export, POST /api/editions/import).
 *
 * - Every record carries `ref`, its id in the exporting database; relations name refs, so a
 *   document is self-contained and ids of the importing database never appear in it.
 * - Every field of the collection is written, as the collection's config lists it (groups,
 *   arrays, rich text, SEO meta, time-zone companions such as `start_tz`, `previousDue`), so a
 *   field added to a collection later is exported without touching this code. Ids, timestamps
 *   and the edition relation are left out: the importer makes its own.
 * - Media are referenced by absolute URL with their alt text and filename; the importer
 *   downloads them (see plan.ts for what happens when a URL cannot be reached).
 */

export const EXPORT_FORMAT = 'syntagen-edition-export'
export const EXPORT_VERSION = 1

/** The collections an edition owns, in the order they are written on import. */
export const EDITION_CONTENT = ['speakers', 'organizers', 'papers', 'sessions', 'important-dates'] as const
export type EditionContentSlug = (typeof EDITION_CONTENT)[number]

/** The document's keys for them (camelCase, as the REST API names things). */
export const CONTENT_KEYS = {
  speakers: 'speakers',
  organizers: 'organizers',
  papers: 'papers',
  sessions: 'sessions',
  'important-dates': 'importantDates',
} as const satisfies Record<EditionContentSlug, string>

export type ExportRecord = { ref: string } & Record<string, unknown>

/** What an export holds: `published` for anonymous readers, `latest` (drafts included) for editors. */
export type ExportContent = 'published' | 'latest'

export type EditionExport = {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  exportedAt: string
  source: string
  content: ExportContent
  edition: ExportRecord
  affiliations: ExportRecord[]
  media: ExportRecord[]
  speakers: ExportRecord[]
  organizers: ExportRecord[]
  papers: ExportRecord[]
  sessions: ExportRecord[]
  importantDates: ExportRecord[]
}

/** Fields the database makes; never exported, never imported. */
export const MANAGED_FIELDS = new Set(['id', 'createdAt', 'updatedAt'])

/** Media fields that describe the stored file: the upload recomputes them from the bytes. */
export const MEDIA_FILE_FIELDS = new Set(['url', 'thumbnailURL', 'sizes', 'filename', 'mimeType', 'filesize', 'width', 'height'])
