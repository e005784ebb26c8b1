import { revalidatePath } from 'next/cache'
import type { Endpoint, PayloadRequest } from 'payload'

import { MEDIA_MAX_BYTES, MEDIA_MIME_TYPES } from '../../Media'
import { exportEdition } from '../../../src/lib/editionExport/export'
import { parseEditionExport } from '../../../src/lib/editionExport/parse'
import { planEditionImport, validateEditionExport } from '../../../src/lib/editionExport/plan'
import { writeEditionImport } from '../../../src/lib/editionExport/write'
import { bumpSiteGeneration } from '../../../src/lib/siteGeneration'
import { configuredSiteUrl, ORIGIN_HEADER } from '../../../src/lib/origin'

/**
 * Only people signed in to the admin see drafts and may import. Other authenticated callers
 * (an integration's API key) read what visitors read.
 */
function editor(req: PayloadRequest) {
  return req.user && req.user.collection === 'users' ? req.user : null
}

/**
 * Media URLs must work from elsewhere: the public address when PUBLIC_URL is set (production),
 * else the address the request was sent to, as src/server.ts stamped it after TRUST_PROXY (Next's
 * own request URL says localhost:3000 behind express, which another machine cannot reach).
 */
function publicBase(req: PayloadRequest): string {
  const configured = configuredSiteUrl()
  if (configured) return configured
  return req.headers.get(ORIGIN_HEADER) ?? (req.url ? new URL(req.url).origin : 'http://localhost:3000')
}

const problemsResponse = (status: number, message: string, problems: { path: string; message: string }[] = []) =>
  Response.json({ message, errors: problems }, { status, headers: { 'Cache-Control': 'no-store' } })

/** GET /api/editions/<id>/export: the edition and all it owns, as one JSON document. */
export const exportEditionEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id
    if (typeof id !== 'string' || id === '') return problemsResponse(400, 'Name the edition: /api/editions/<id>/export.')
    const user = editor(req)
    const document = await exportEdition(req.payload, id, { user }, publicBase(req))
    if (!document) return problemsResponse(404, `There is no edition with id "${id}" that you may read.`)
    const headers = new Headers({
      'Content-Disposition': `attachment; filename="syntagen-${String(document.edition.year)}-edition.json"`,
      // An editor's export holds drafts: never stored by a shared cache.
      'Cache-Control': user ? 'private, no-store' : 'public, no-cache',
    })
    return Response.json(document, { headers })
  },
}

/** POST /api/editions/import: recreates an exported edition; all or nothing. */
export const importEditionEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!editor(req)) return problemsResponse(401, 'Sign in as an admin or editor to import an edition.')
    let body: unknown
    try {
      body = req.json ? await req.json() : undefined
    } catch {
      return problemsResponse(400, 'The body is not valid JSON.')
    }
    const parsed = parseEditionExport(body)
    if (!parsed.ok) return problemsResponse(parsed.status, 'This is not an edition export this portal can import.', parsed.problems)
    const invalid = validateEditionExport(req.payload, parsed.document)
    if (invalid.length > 0) return problemsResponse(422, 'The export refers to records it does not contain.', invalid)
    const planned = await planEditionImport(req, parsed.document, { mimeTypes: MEDIA_MIME_TYPES, maxBytes: MEDIA_MAX_BYTES })
    if (!planned.ok) return problemsResponse(planned.status, planned.problems[0]?.message ?? 'The import cannot proceed.', planned.problems)
    const written = await writeEditionImport(req, planned.plan)
    if (!written.ok) return problemsResponse(written.status, 'Nothing was imported: some records are not valid.', written.problems)
    // One refresh of the site for the whole import (the writes themselves skip it).
    revalidatePath('/', 'layout')
    bumpSiteGeneration()
    return Response.json({ message: `Imported ${parsed.document.edition.name as string}.`, ...written.report }, { status: 201 })
  },
}
