/**
 * What counts as the public, machine-read surface (REST, GraphQL, feeds, exports), who is asking,
 * and the cache key of a request. Shared by the CORS policy and the API response cache.
 */
import type { IncomingMessage } from 'node:http'

import { presentsIntegrationKey } from './integrationKeys'

/** REST and GraphQL under /api, and the files apps download: calendars, schedules, citations. */
const API = /^\/api(?:\/|$)/
const FEED = /\.(?:ics|xml|xcal|json|bib)$/
/** Per-user answers (accounts, preferences, permissions) and Payload's own tools: never shared. */
const PERSONAL = /^\/api\/(?:users|integrations|payload-[^/]+|access|graphql-playground)(?:\/|$)|\/me$/

export function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0] ?? '/'
}

export function isApiSurface(path: string): boolean {
  return API.test(path) || (FEED.test(path) && !path.startsWith('/_next/'))
}

export function isShareable(path: string): boolean {
  return isApiSurface(path) && !PERSONAL.test(path)
}

/**
 * - `anonymous`: no credentials at all: the shared cache may answer.
 * - `integration`: an API key, which reads what anonymous visitors read, but is checked by Payload
 *   on every request (a revoked key must get 401), so it never reads from the shared cache.
 * - `staff`: a session cookie, a JWT, draft or preview mode: never cached, never touched.
 */
export type Viewer = 'anonymous' | 'integration' | 'staff'

const SESSION_COOKIES = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/

export function viewerOf(req: IncomingMessage): Viewer {
  const authorization = req.headers.authorization
  if (SESSION_COOKIES.test(req.headers.cookie ?? '')) return 'staff'
  if (!authorization) return 'anonymous'
  return presentsIntegrationKey(authorization) ? 'integration' : 'staff'
}

/**
 * The path with its query parameters sorted: `?b=1&a=2` and `?a=2&b=1` are one entry. Repeated
 * parameters keep their order (it can matter), and the fragment never reaches a server.
 */
export function normalisedUrl(url: string | undefined): string {
  const parsed = new URL(url ?? '/', 'http://cache.invalid')
  parsed.searchParams.sort()
  const query = parsed.searchParams.toString()
  return query ? `${parsed.pathname}?${query}` : parsed.pathname
}

/** `draft=true` asks for drafts; an anonymous reader gets published documents anyway, but such a response is never shared. */
export function asksForDrafts(url: string | undefined): boolean {
  const draft = new URL(url ?? '/', 'http://cache.invalid').searchParams.get('draft')
  return draft !== null && draft !== 'false'
}
