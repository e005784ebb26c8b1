/**
 * Conditional requests and a response cache for the API surface (REST, GraphQL GET queries, feeds,
 * exports; see lib/api/surface.ts), as express middleware in front of Next.
 *
 * - Anonymous GETs get an ETag (the content generation and a hash of the body) and
 *   `Cache-Control: public, max-age=0, s-maxage, stale-while-revalidate`: browsers revalidate every
 *   time and get 304 while nothing was published; a CDN may hold a copy for s-maxage seconds.
 * - Their responses are kept in a cache keyed on the normalised URL and the content generation,
 *   which every publish bumps (collections/hooks/revalidateSite.ts), so a publish changes every
 *   ETag at once and no old entry is ever served again. In process by default (lib/api/
 *   responseStore.ts: bounded in bytes, admission on the second request); with REDIS_URL, the
 *   generation and the entries are shared by every instance (lib/api/sharedCache.ts).
 * - Integration keys read what visitors read, so they get the same ETag and 304s, but their
 *   requests always reach Payload, which checks the key: a revoked key gets 401 at once instead of
 *   reading a cached copy. Their responses are `private` and never stored.
 * - Staff sessions (cookies, JWTs, draft mode) pass through untouched, and nothing they see is stored.
 */
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { asksForDrafts, isApiSurface, isShareable, normalisedUrl, pathOf, viewerOf } from './api/surface'
import { ResponseStore, type StoredResponse } from './api/responseStore'
import { joinSharedMiss } from './api/sharedMisses'
import { containsPlaceholder } from './originSubstitution'
import { bumpSharedGeneration, getSharedEntry, setSharedEntry, sharedCacheEnabled, sharedGeneration } from './api/sharedCache'
import { bumpSiteGeneration, siteGeneration } from './siteGeneration'

const S_MAXAGE = Number(process.env.API_CACHE_S_MAXAGE ?? 60)
const STALE_WHILE_REVALIDATE = Number(process.env.API_CACHE_STALE_WHILE_REVALIDATE ?? 300)
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${S_MAXAGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`
/** API keys' reads and per-user answers: the client may keep a copy, but asks again every time. */
export const KEY_CACHE_CONTROL = 'private, no-cache'
const MAX_BYTES = Number(process.env.API_CACHE_MAX_BYTES ?? 64 * 1024 * 1024)
/** Larger bodies stream through untouched (no ETag): buffering them would cost more than it saves. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024
/** Headers a stored response keeps; security, CORS and caching headers are set per request. */
const KEPT_HEADERS = new Set(['content-type', 'content-disposition', 'content-language', 'link'])

const store = new ResponseStore({ maxBytes: MAX_BYTES })
const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** The generation every instance agrees on: Redis's with REDIS_URL, this process's otherwise. */
let lastSharedGeneration: number | undefined
async function currentGeneration(): Promise<number> {
  if (!sharedCacheEnabled()) return siteGeneration()
  const generation = await sharedGeneration()
  // Another instance published: empty this one's page cache too (lib/pageCache.ts keys on it).
  if (lastSharedGeneration !== undefined && generation !== lastSharedGeneration) bumpSiteGeneration()
  lastSharedGeneration = generation
  return generation
}

async function lookup(key: string, generation: number): Promise<StoredResponse | undefined> {
  const local = store.get(key, generation)
  if (local || !sharedCacheEnabled()) return local
  const shared = await getSharedEntry(generation, key)
  if (shared) store.set(key, shared)
  return shared
}

async function remember(key: string, entry: StoredResponse): Promise<void> {
  // Kept at once as it is: requests arriving while it is compressed are hits, not new misses.
  store.set(key, entry)
  // A body with the placeholder origin is compressed per request, after its origin is written in.
  const compressible = entry.identity.length > 1024 && !containsPlaceholder(entry.identity)
  const [gzipped, brotli] = compressible
    ? await Promise.all([
        gzipAsync(entry.identity, { level: 6 }),
        brotliAsync(entry.identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.identity.length } }),
      ])
    : [undefined, undefined]
  const complete = { ...entry, gzip: gzipped, brotli }
  store.set(key, complete)
  if (sharedCacheEnabled()) await setSharedEntry(key, complete)
}

function etagOf(generation: number, body: Buffer): string {
  return `W/"g${generation}-${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
}

export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

function addVary(res: ServerResponse, name: string): void {
  const vary = String(res.getHeader('vary') ?? '')
  if (!new RegExp(`\\b${name}\\b`, 'i').test(vary)) res.setHeader('Vary', vary ? `${vary}, ${name}` : name)
}

/** `SHARED`: the answer another request built at the same moment (lib/api/sharedMisses.ts). */
function serveStored(req: IncomingMessage, res: ServerResponse, entry: StoredResponse, ifNoneMatch: string | undefined, how: 'HIT' | 'SHARED' = 'HIT'): void {
  for (const [name, value] of entry.headers) res.setHeader(name, value)
  res.setHeader('ETag', entry.etag)
  res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
  res.setHeader('X-API-Cache', how)
  addVary(res, 'Accept-Encoding')
  if (matchesEtag(ifNoneMatch, entry.etag)) {
    res.statusCode = 304
    res.removeHeader('Content-Type')
    res.end()
    return
  }
  // Bodies with the placeholder origin are stored uncompressed (see remember): sent as they are,
  // the origin substitution (lib/originSubstitution.ts) writes into them, then compression runs.
  const accepted = String(req.headers['accept-encoding'] ?? '')
  const encoding = entry.brotli && /\bbr\b/.test(accepted) ? 'br' : entry.gzip && /\bgzip\b/.test(accepted) ? 'gzip' : undefined
  const body = encoding === 'br' ? entry.brotli : encoding === 'gzip' ? entry.gzip : entry.identity
  // Already encoded: express's compression() sees Content-Encoding and leaves the body alone.
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Content-Length', String(body?.length ?? 0))
  res.statusCode = entry.status
  res.end(req.method === 'HEAD' ? undefined : body)
}

type Finished = { status: number; body: Buffer; res: Response }

/**
 * Holds back what Next writes until the body is complete, so the ETag can be computed from it and a
 * matching If-None-Match answered with 304. `decide` sets the headers and says whether to send the
 * body. Bodies over MAX_BUFFERED_BYTES are released as they are and streamed on.
 */
function bufferResponse(res: Response, decide: (finished: Finished) => 'send' | 'not-modified'): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => Response
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
  const flushHeaders = res.flushHeaders.bind(res)
  const chunks: Buffer[] = []
  let size = 0
  let streaming = false
  const toBuffer = (chunk: unknown, encoding: unknown): Buffer | undefined => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
    if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    return Buffer.from(chunk as Uint8Array)
  }
  const release = () => {
    streaming = true
    res.write = write as Response['write']
    res.end = end as Response['end']
    res.writeHead = writeHead as Response['writeHead']
    res.flushHeaders = flushHeaders
  }
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((value) => typeof value === 'object' && value !== null)
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string)
    return res
  }) as Response['writeHead']
  res.flushHeaders = () => undefined
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    const buffer = toBuffer(chunk, rest[0])
    if (buffer) {
      chunks.push(buffer)
      size += buffer.length
    }
    const callback = rest.find((value) => typeof value === 'function') as (() => void) | undefined
    if (size > MAX_BUFFERED_BYTES && !streaming) {
      release()
      for (const part of chunks.splice(0)) write(part)
    }
    callback?.()
    return true
  }) as Response['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (streaming) return end(chunk, ...rest)
    const buffer = toBuffer(chunk, rest[0])
    if (buffer) chunks.push(buffer)
    release()
    const body = Buffer.concat(chunks)
    if (decide({ status: res.statusCode, body, res }) === 'not-modified') {
      res.statusCode = 304
      for (const name of ['content-type', 'content-length', 'content-encoding']) res.removeHeader(name)
      return end()
    }
    res.setHeader('Content-Length', String(body.length))
    return end(body)
  }) as Response['end']
}

function isStorable(res: Response): boolean {
  if (res.statusCode !== 200 || res.getHeader('set-cookie')) return false
  return !/\b(?:private|no-store)\b/.test(String(res.getHeader('cache-control') ?? ''))
}

function keptHeaders(res: Response): [string, string][] {
  const headers: [string, string][] = []
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (!KEPT_HEADERS.has(name) || value === undefined) continue
    headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
  }
  return headers
}

async function handleRead(req: IncomingMessage, res: Response, next: (error?: unknown) => void): Promise<void> {
  const viewer = viewerOf(req)
  const path = pathOf(req.url)
  if (viewer === 'staff') return next()
  const ifNoneMatch = req.headers['if-none-match']
  // Next would answer If-None-Match itself on some routes; here the whole body is always wanted.
  delete req.headers['if-none-match']
  let generation: number
  try {
    generation = await currentGeneration()
  } catch {
    return next() // the shared generation is unreachable: serve uncached rather than stale
  }
  const shareable = viewer === 'anonymous' && isShareable(path) && !asksForDrafts(req.url)
  const key = normalisedUrl(req.url)
  if (shareable) {
    const stored = await lookup(key, generation).catch(() => undefined)
    if (stored) return serveStored(req, res, stored, ifNoneMatch)
  }
  if (req.method === 'HEAD') return next()
  let share: ((answer: StoredResponse | undefined) => number) | undefined
  if (shareable) {
    const miss = joinSharedMiss(generation, key)
    if ('follow' in miss) {
      const shared = await miss.follow
      if (shared) return serveStored(req, res, shared, ifNoneMatch, 'SHARED')
    } else {
      share = miss.settle
      res.on('close', () => miss.settle(undefined))
    }
  }
  const admitted = shareable && store.admit(key)
  bufferResponse(res, ({ status, body }) => {
    if (status !== 200 || res.getHeader('set-cookie')) return 'send'
    const etag = etagOf(generation, body)
    res.setHeader('ETag', etag)
    addVary(res, 'Accept-Encoding')
    if (viewer === 'integration') res.setHeader('Cache-Control', KEY_CACHE_CONTROL)
    else if (!shareable) {
      // A per-user answer (`/api/users/me` says "nobody" to a visitor) or a request for drafts:
      // never public, never served stale. With stale-while-revalidate, Chromium answered the
      // admin's first /api/users/me after signing in with the signed-out copy the login page had
      // fetched, and the edit view then failed on the missing user ("reading 'id'", issue 7).
      res.setHeader('Cache-Control', KEY_CACHE_CONTROL)
    } else if (isStorable(res)) {
      res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
      res.setHeader('X-API-Cache', 'MISS')
      const entry: StoredResponse = { generation, status, headers: keptHeaders(res), etag, identity: body }
      // Asked for by several visitors at once: as good as a second request for admission.
      const followed = (share?.(entry) ?? 0) > 0
      if (admitted || followed) void storeUnlessStale(key, entry)
    }
    return matchesEtag(ifNoneMatch, etag) ? 'not-modified' : 'send'
  })
  next()
}

/** A publish that landed while the response was built leaves it unstored: it may predate the change. */
async function storeUnlessStale(key: string, entry: StoredResponse): Promise<void> {
  try {
    if ((await currentGeneration()) === entry.generation) await remember(key, entry)
  } catch {
    // the shared tier is unreachable; the next request tries again
  }
}

/**
 * A staff write through the API invalidates once more after it committed (the hooks' bump runs
 * inside the transaction, and a read racing the commit could otherwise store the old content under
 * the new generation).
 */
function bumpAfterWrite(res: Response): void {
  res.on('finish', () => {
    if (res.statusCode >= 400) return
    bumpSiteGeneration()
    if (sharedCacheEnabled()) void bumpSharedGeneration().catch(() => undefined)
  })
}

/** Content writes; GraphQL (mostly reads over POST) and account operations are left to the hooks. */
const CONTENT_WRITE = /^\/api\/(?!graphql|users|integrations|payload-)[^/]+/
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

export const apiCache: RequestHandler = (req, res, next) => {
  const path = pathOf(req.url)
  if (!isApiSurface(path)) return next()
  if (req.method === 'GET' || req.method === 'HEAD') {
    handleRead(req, res, next).catch(next)
    return
  }
  if (WRITE_METHODS.has(req.method) && CONTENT_WRITE.test(path) && viewerOf(req) === 'staff') bumpAfterWrite(res)
  next()
}

export function apiCacheStats(): ReturnType<ResponseStore['stats']> {
  return store.stats()
}

/**
 * The page cache (lib/pageCache.ts) keeps what Next marks public, which the API surface now is;
 * those responses carry per-request CORS headers and their own ETags, so they stay out of it.
 */
export function exceptApiSurface(middleware: RequestHandler): RequestHandler {
  return (req, res, next) => (isApiSurface(pathOf(req.url)) ? next() : middleware(req, res, next))
}
