import type { SanitizedConfig } from 'payload'

import { mediaTypeOf, parseJsonObject } from './jsonBody'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RestHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** Internal collections no client has any business with; answered as if they did not exist. */
const HIDDEN_COLLECTIONS = new Set(['payload-migrations'])
const WHOLE_NUMBER = /^\d{1,15}$/
const MAX_PAGE = 100_000

function clientError(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** Query parameters Payload would hand to JSON.parse or to SQL unchecked. */
function queryProblem(search: URLSearchParams): string | undefined {
  for (const name of ['limit', 'page', 'depth']) {
    const values = search.getAll(name)
    if (values.length > 1) return `${name} may be given once.`
    const value = values[0]
    if (value !== undefined && value !== '' && !WHOLE_NUMBER.test(value)) return `${name} must be a whole number (0, 1, 2, …); "${value.slice(0, 40)}" is not.`
    if (name === 'page' && value && Number(value) > MAX_PAGE) return `page must be at most ${MAX_PAGE}.`
  }
  for (const key of search.keys()) {
    if (/^(limit|page|depth)\[/.test(key)) return `${key.split('[', 1)[0]} must be a whole number, not a list or an object.`
  }
  for (const name of ['where', 'data']) {
    const value = search.get(name)
    if (value === null || value === '') continue
    const parsed = parseJsonObject(value, `The ${name} parameter`)
    if (!parsed.ok) return `${parsed.message} Give it as ${name}[field][operator]=value, or as a JSON object.`
  }
  return undefined
}

/** Bodies Payload would crash on: not JSON, JSON that is not an object, broken multipart, a bad `_payload`. */
async function bodyProblem(request: Request): Promise<{ status: number; message: string } | undefined> {
  const text = await request.clone().arrayBuffer()
  const mediaType = mediaTypeOf(request)
  const overridesToGet = (request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')) === 'GET'
  if (overridesToGet && mediaType === 'application/x-www-form-urlencoded') {
    return undefined
  }
  if (mediaType === 'application/json') {
    if (text.byteLength === 0) return undefined
    const parsed = parseJsonObject(new TextDecoder().decode(text), 'The request body')
    return parsed.ok ? undefined : { status: 400, message: parsed.message }
  }
  if (mediaType === 'multipart/form-data') {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { status: 400, message: 'The multipart/form-data body is malformed and could not be read. Send the form again.' }
    }
    const fields = form.get('_payload')
    if (fields === null) return undefined
    if (typeof fields !== 'string') return { status: 400, message: 'The _payload part must be text: the document\'s fields as a JSON object.' }
    const parsed = parseJsonObject(fields, 'The _payload part')
    return parsed.ok ? undefined : { status: 400, message: parsed.message }
  }
  if (text.byteLength === 0) return undefined
  return {
    status: 415,
    message: `Send the body as JSON (Content-Type: application/json), or as multipart/form-data for uploads; ${mediaType || 'a body without a Content-Type'} is not accepted.`,
  }
}

/**
 * Routes Payload serves for every collection although the feature behind them is off; it would
 * query a table or column that does not exist (a 500).
 */
async function missingFeature(slug: string[], config: Promise<SanitizedConfig> | SanitizedConfig): Promise<string | undefined> {
  if (slug[1] !== 'verify' && slug[1] !== 'versions') return undefined
  const collection = (await config).collections.find((candidate) => candidate.slug === slug[0])
  if (!collection) return undefined
  if (slug[1] === 'verify' && collection.auth && !collection.auth.verify) {
    return 'Accounts here are not verified by email; there is nothing to verify.'
  }
  if (slug[1] === 'versions' && !collection.versions) return `${collection.slug} keeps no versions.`
  return undefined
}

/**
 * Payload's REST route handlers, behind checks of what a client sends that Payload itself would
 * answer with a 500: malformed query parameters and bodies that are not a JSON object. The checks
 * that need the schema (where, relationships, NUL bytes in fields) run in the collections' hooks.
 */
export function guardRest(handler: RestHandler, config: Promise<SanitizedConfig> | SanitizedConfig): RestHandler {
  return async (request, args) => {
    const { slug = [] } = await args.params
    if (slug[0] && HIDDEN_COLLECTIONS.has(slug[0])) return clientError(404, 'Not found.')
    const missing = await missingFeature(slug, config)
    if (missing) return clientError(404, missing)
    const url = new URL(request.url)
    const problem = queryProblem(url.searchParams)
    if (problem) return clientError(400, problem)
    // Imports read CSV or JSON files themselves and explain their own refusals, row by row.
    const isImport = slug[1] === 'import' && slug.length === 2
    if (['POST', 'PATCH', 'PUT'].includes(request.method) && !isImport) {
      const refused = await bodyProblem(request)
      if (refused) return clientError(refused.status, refused.message)
    }
    return handler(request, args)
  }
}
