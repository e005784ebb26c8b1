import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { promisify } from 'node:util'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { MAX_QUERY_STRING_BYTES } from './apiLimits'
import { siteGeneration } from './siteGeneration'

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * An in-memory copy of what Next already serves from its cache (prerendered pages and hashed
 * static assets), compressed with brotli and gzip. Next stays the source of truth: only
 * responses it marks publicly cacheable are kept, and a published change (siteGeneration, bumped
 * by the collection hooks next to revalidatePath) empties it. Visitors signed in to the admin, or
 * in draft mode, always reach Next.
 *
 * Cache-busting query strings (`/2024?r=<random>`) must not make every request a miss:
 * - a page Next marks publicly cacheable did not read its query string (reading `searchParams`
 *   makes a page dynamic, and Next then sends `no-store`), so HTML is kept under its path alone and
 *   answers that path with any query string;
 * - other responses with a query string (route handlers may read it) are kept under the full URL
 *   in a small pool of their own, so unique URLs cannot push the pages out;
 * - compression runs on libuv's thread pool, never on the event loop: first at a quick level, and
 *   at the best level once the entry is asked for again.
 */
type CachedResponse = {
  generation: number
  storedAt: number
  status: number
  headers: [string, string][]
  identity: Buffer
  brotli?: Buffer
  gzip?: Buffer
  etag: string
  bytes: number
  /** HTML kept under its path: it answers that path with any query string. */
  ignoresQuery: boolean
  hits: number
  bestCompression: boolean
}

const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_BYTES ?? 64 * 1024 * 1024)
const MAX_AGE_MS = Number(process.env.PAGE_CACHE_MAX_AGE_MS ?? 5 * 60_000)
const MAX_ENTRY_BYTES = 2 * 1024 * 1024
const MAX_QUERIED_ENTRIES = 500
const BYPASS_COOKIES = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/
const NEVER_CACHED = /^\/(?:api|admin|healthz|preview)(?:\/|$)/
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json|rss\+xml|atom\+xml)|image\/svg\+xml)/
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date'])
const QUICK = { brotli: 5, gzip: 6 }
const BEST = { brotli: 11, gzip: 9 }

/** A least-recently-used set of entries within a byte (and entry) budget. */
class Pool {
  private readonly entries = new Map<string, CachedResponse>()
  private total = 0

  constructor(
    private readonly maxBytes: number,
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (!isFresh(entry)) {
      this.forget(key)
      return undefined
    }
    // Most recently used goes to the end, so eviction takes the least recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  remember(key: string, entry: CachedResponse): void {
    this.forget(key)
    if (entry.bytes > this.maxBytes) return
    while ((this.total + entry.bytes > this.maxBytes || this.entries.size >= this.maxEntries) && this.entries.size > 0) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.forget(oldest)
    }
    this.entries.set(key, entry)
    this.total += entry.bytes
  }

  /** Swaps in a better-compressed copy, if the entry is still the one that was compressed. */
  replace(key: string, previous: CachedResponse, next: CachedResponse): void {
    if (this.entries.get(key) !== previous) return
    this.total += next.bytes - previous.bytes
    this.entries.set(key, next)
  }

  forget(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.total -= entry.bytes
    this.entries.delete(key)
  }

  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total }
  }
}

const pages = new Pool(MAX_BYTES)
const queried = new Pool(Math.max(1, Math.floor(MAX_BYTES / 8)), MAX_QUERIED_ENTRIES)

type CacheKey = { url: string; path: string; hasQuery: boolean }

/**
 * What the request may be answered from; undefined when it always goes to Next. Keys carry the
 * headers a page's absolute links may come from (lib/siteUrl, when PUBLIC_URL is unset), so a page
 * recorded for one host is never served to another. They are taken raw, before TRUST_PROXY
 * decides which count: a key more specific than needed only costs a second copy.
 */
function keyOf(req: IncomingMessage): CacheKey | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  const url = req.url ?? ''
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  if (NEVER_CACHED.test(path)) return undefined
  // An oversized query string is refused by express's guards (414), cached page or not.
  if (queryAt !== -1 && url.length - queryAt - 1 > MAX_QUERY_STRING_BYTES) return undefined
  if (BYPASS_COOKIES.test(req.headers.cookie ?? '')) return undefined
  // React Server Component requests vary by these headers; leave them to Next.
  if (req.headers.rsc || req.headers['next-router-state-tree'] || req.headers['next-action']) return undefined
  const origin = originKey(req)
  return { url: origin + url, path: origin + path, hasQuery: queryAt !== -1 }
}

function originKey(req: IncomingMessage): string {
  if (process.env.PUBLIC_URL?.trim()) return ''
  const { host = '', 'x-forwarded-host': forwardedHost = '', 'x-forwarded-proto': forwardedProto = '' } = req.headers
  return `${String(host)}|${String(forwardedHost)}|${String(forwardedProto)}|`
}

function lookup(key: CacheKey): CachedResponse | undefined {
  if (!key.hasQuery) return pages.get(key.path)
  const page = pages.get(key.path)
  if (page?.ignoresQuery) return page
  return queried.get(key.url)
}

function pickEncoding(req: IncomingMessage, entry: CachedResponse): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  if (entry.brotli && /\bbr\b/.test(accepted)) return 'br'
  if (entry.gzip && /\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

function isFresh(entry: CachedResponse): boolean {
  return entry.generation === siteGeneration() && Date.now() - entry.storedAt < MAX_AGE_MS
}
/**
 * Answers from the cache when it can, straight from Node's request handler: no middleware runs,
 * since the stored headers already carry what helmet set when the page was recorded.
 * Returns false when the request must go on to express and Next.
 */
export function serveFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
  const key = keyOf(req)
  const entry = key ? lookup(key) : undefined
  if (!key || !entry) return false
  entry.hits += 1
  if (entry.hits === 2 && !entry.bestCompression) upgradeCompression(key, entry)
  for (const [name, value] of entry.headers) res.setHeader(name, value)
  res.setHeader('ETag', entry.etag)
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  res.setHeader('X-Page-Cache', 'HIT')
  if (req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304
    res.end()
    return true
  }
  const encoding = pickEncoding(req, entry)
  const body = encoding === 'br' ? entry.brotli : encoding === 'gzip' ? entry.gzip : entry.identity
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Content-Length', String(body?.length ?? 0))
  res.statusCode = entry.status
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}

/**
 * The papers search without JavaScript reads its query string, so Next renders it per request and
 * marks it no-store. For a visitor without a session it depends on nothing but its URL and the
 * published content, so it is kept under its full URL (in the pool of queried responses, which
 * unique URLs cannot overflow into the pages') until the next publish.
 */
const SEARCH_PAGE = /^\/(?:\d{4}\/)?papers\/search$/

function isSearchPage(url: string): boolean {
  return SEARCH_PAGE.test(url.split('?', 1)[0] ?? '')
}

function isPubliclyCacheable(res: Response, searchPage: boolean): boolean {
  if (res.statusCode !== 200) return false
  if (res.getHeader('set-cookie')) return false
  if (searchPage) return String(res.getHeader('content-type') ?? '').startsWith('text/html')
  const cacheControl = String(res.getHeader('cache-control') ?? '')
  if (!/\b(?:s-maxage|max-age)=\d+/.test(cacheControl) || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return false
  // Next marks a page it is still regenerating as STALE; keep only settled copies.
  const nextCache = String(res.getHeader('x-nextjs-cache') ?? '')
  return nextCache === '' || nextCache === 'HIT' || nextCache === 'MISS'
}

/** Records what Next sends for cacheable requests; placed after compression, so it sees the raw body. */
export const recordPageCache: RequestHandler = (req, res, next) => {
  const key = keyOf(req)
  if (!key || req.method !== 'GET') return next()
  const generation = siteGeneration()
  const searchPage = isSearchPage(req.originalUrl)
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => Response
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    if (size > MAX_ENTRY_BYTES) tooLarge = true
    else chunks.push(buffer)
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0])
    return write(chunk, ...rest)
  }) as Response['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0])
    return end(chunk, ...rest)
  }) as Response['end']
  res.on('finish', () => {
    if (tooLarge || !isPubliclyCacheable(res, searchPage) || generation !== siteGeneration()) return
    const identity = Buffer.concat(chunks)
    const contentType = String(res.getHeader('content-type') ?? '')
    const headers: [string, string][] = []
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (HOP_BY_HOP.has(name) || name === 'etag' || value === undefined) continue
      headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
    }
    const ignoresQuery = contentType.startsWith('text/html') && !searchPage
    const entry: CachedResponse = {
      generation,
      storedAt: Date.now(),
      status: res.statusCode,
      headers,
      identity,
      etag: `W/"${generation}-${identity.length.toString(36)}-${hash(identity)}"`,
      bytes: identity.length,
      ignoresQuery,
      hits: 0,
      bestCompression: false,
    }
    const compressible = COMPRESSIBLE.test(contentType) && identity.length > 256
    void compressed(entry, compressible ? QUICK : undefined).then(
      (ready) => {
        if (generation !== siteGeneration()) return
        if (ignoresQuery || !key.hasQuery) pages.remember(key.path, ready)
        else queried.remember(key.url, ready)
      },
      () => undefined, // not cached; Next answers the next request
    )
  })
  next()
}

async function compressed(entry: CachedResponse, levels: typeof QUICK | undefined): Promise<CachedResponse> {
  if (!levels) return { ...entry, bestCompression: true }
  const { identity } = entry
  const [brotli, gzipped] = await Promise.all([
    brotliAsync(identity, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: levels.brotli, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
    gzipAsync(identity, { level: levels.gzip }),
  ])
  return {
    ...entry,
    brotli,
    gzip: gzipped,
    bytes: identity.length + brotli.length + gzipped.length,
    bestCompression: levels === BEST,
  }
}

// One best-level compression at a time: under a flood of new URLs the thread pool stays free for
// the quick compressions (and for everything else that uses it: file reads, DNS, crypto).
let upgrading = false

function upgradeCompression(key: CacheKey, entry: CachedResponse): void {
  if (upgrading || !entry.brotli) return
  upgrading = true
  const pool = entry.ignoresQuery || !key.hasQuery ? pages : queried
  const poolKey = pool === pages ? key.path : key.url
  compressed(entry, BEST)
    .then((better) => pool.replace(poolKey, entry, { ...better, hits: entry.hits }))
    .catch(() => undefined) // the quick copy stays
    .finally(() => (upgrading = false))
}

function hash(buffer: Buffer): string {
  // FNV-1a: cheap and good enough to tell two versions of a page apart.
  let value = 0x811c9dc5
  for (let i = 0; i < buffer.length; i++) {
    value ^= buffer[i] ?? 0
    value = Math.imul(value, 0x01000193)
  }
  return (value >>> 0).toString(36)
}

export function pageCacheStats(): { pages: { entries: number; bytes: number }; queried: { entries: number; bytes: number } } {
  return { pages: pages.stats(), queried: queried.stats() }
}
