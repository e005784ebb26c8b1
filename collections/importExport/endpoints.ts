import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { exportCollection } from '../../src/lib/import/export'
import { runImport } from '../../src/lib/import/run'
import { type ImportableCollection, ImportRequestError, MAX_IMPORT_BYTES } from '../../src/lib/import/types'
import { hasRole } from '../access/roles'
import { refreshWholeSite } from '../hooks/revalidateSite'

/** Imports write and exports include drafts: both are for signed-in editors and admins only. */
function refuseUnlessEditor(req: PayloadRequest): Response | undefined {
  if (!req.user) return Response.json({ message: 'Sign in as an editor or admin to import or export.' }, { status: 401 })
  if (!hasRole(req.user, 'editor') && !hasRole(req.user, 'admin')) {
    return Response.json({ message: 'Only editors and admins can import or export.' }, { status: 403 })
  }
  return undefined
}

function requestError(error: unknown): Response {
  if (error instanceof ImportRequestError) {
    return Response.json({ message: error.message, errors: [{ message: error.message }] }, { status: error.status })
  }
  throw error
}

/** The body, refused before it is read when it says it is too large, and after when it is. */
async function readBody(req: PayloadRequest): Promise<Uint8Array> {
  const tooLarge = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_IMPORT_BYTES) throw new ImportRequestError(tooLarge, 413)
  if (!req.arrayBuffer) throw new ImportRequestError('The request has no body. Send the file as the body.', 400)
  const body = new Uint8Array(await req.arrayBuffer())
  if (body.byteLength > MAX_IMPORT_BYTES) throw new ImportRequestError(tooLarge, 413)
  return body
}

function flag(value: string | null): boolean {
  return value !== null && value !== '0' && value !== 'false'
}

function importHandler(collection: ImportableCollection): PayloadHandler {
  return async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const query = new URL(req.url ?? 'http://localhost').searchParams
    try {
      const dryRun = flag(query.get('dryRun'))
      const report = await runImport({
        req,
        collection,
        body: await readBody(req),
        contentType: req.headers.get('content-type'),
        format: query.get('format'),
        edition: query.get('edition'),
        status: query.get('status'),
        dryRun,
      })
      // Every row skipped its own revalidation: refresh the site once, if anything was written.
      if (!dryRun && report.created + report.updated > 0) await refreshWholeSite(req)
      return Response.json(report, { status: 200 })
    } catch (error) {
      return requestError(error)
    }
  }
}

function exportHandler(collection: ImportableCollection): PayloadHandler {
  return async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const query = new URL(req.url ?? 'http://localhost').searchParams
    try {
      const file = await exportCollection({ req, collection, edition: query.get('edition'), format: query.get('format') })
      return new Response(file.body, {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.filename}"`,
          'cache-control': 'no-store',
        },
      })
    } catch (error) {
      return requestError(error)
    }
  }
}

/** `POST /api/<collection>/import` and `GET /api/<collection>/export` (see the README). */
export function importExportEndpoints(collection: ImportableCollection): Endpoint[] {
  return [
    { path: '/import', method: 'post', handler: importHandler(collection) },
    { path: '/export', method: 'get', handler: exportHandler(collection) },
  ]
}
