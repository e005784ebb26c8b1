/**
 * Import, step 1 of 4 (parse → validate → plan → write): the request body as an EditionExport,
 * or the reasons it is not one. Checks the envelope and the shape of each record only; whether
 * the refs and fields make sense is validate.ts's job.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, type EditionExport, type ExportRecord } from './format'

export type ImportProblem = { path: string; message: string }

export type ParseResult = { ok: true; document: EditionExport } | { ok: false; status: 400; problems: ImportProblem[] }

const RECORD_LISTS = ['affiliations', 'media', 'speakers', 'organizers', 'papers', 'sessions', 'importantDates'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isExportRecord(value: unknown): value is ExportRecord {
  return isRecord(value) && typeof value.ref === 'string' && value.ref !== ''
}

export function parseEditionExport(body: unknown): ParseResult {
  const problems: ImportProblem[] = []
  if (!isRecord(body)) return { ok: false, status: 400, problems: [{ path: '', message: 'The body must be a JSON object: an edition export.' }] }
  if (body.format !== EXPORT_FORMAT) {
    problems.push({ path: 'format', message: `This is not an edition export (format must be "${EXPORT_FORMAT}").` })
  }
  if (body.version !== EXPORT_VERSION) {
    problems.push({ path: 'version', message: `Only version ${EXPORT_VERSION} of the export format can be imported.` })
  }
  if (!isExportRecord(body.edition)) problems.push({ path: 'edition', message: 'The edition is missing, or has no ref.' })
  for (const list of RECORD_LISTS) {
    const value = body[list]
    if (!Array.isArray(value)) {
      problems.push({ path: list, message: `"${list}" must be a list (it may be empty).` })
      continue
    }
    const seen = new Set<string>()
    value.forEach((item, index) => {
      if (!isExportRecord(item)) {
        problems.push({ path: `${list}.${index}`, message: 'Each record must be an object with a non-empty "ref".' })
        return
      }
      if (seen.has(item.ref)) problems.push({ path: `${list}.${index}.ref`, message: `The ref "${item.ref}" appears twice.` })
      seen.add(item.ref)
    })
  }
  if (problems.length > 0) return { ok: false, status: 400, problems }
  return { ok: true, document: body as EditionExport }
}
