import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { promisify } from 'node:util'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { MAX_QUERY_STRING_BYTES } from './apiLimits'
import { PLACEHOLDER_HOST } from './origin'
import { containsPlaceholder, substituteOriginInBody, substituteOriginInText, templateHeaderValue } from './originSubstitution'
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
 *
 * Pages link with a placeholder origin when PUBLIC_URL is unset (lib/origin.ts). An entry keeps
 * that template once, and a compressed copy with the origin written in for each of the (few)
 * origins it is asked for under, so one prerendered page serves every host name with its own links.
 */
type CachedResponse = {
  generation: number
  storedAt: number
  status: number
  /** As Next sent them, placeholder included. */
  headers: [string, string][]
  /** The body as Next sent it: with the placeholder origin when PUBLIC_URL is unset (lib/origin.ts). */
  template: Buffer
  /** Whether the body or headers carry the placeholder, so each origin needs its own copy. */
  templated: boolean
  compressible: boolean
  /** Template (when templated) and representations, in bytes. */
  bytes: number
  /** HTML kept under its path: it answers that path with any query string. */
  ignoresQuery: boolean
  /** What is sent, by origin ('' when the template holds no placeholder), ready or being made. */
  representations: Map<string, Representation | Promise<Representation>>
}

/** The template with one origin written in, compressed. */
type Representation = {
  headers: [string, string][]
  identity: Buffer
  brotli?: Buffer
  gzip?: Buffer
  etag: string
  bytes: number
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
/** Origins one page keeps a copy for: the public one, maybe a second name; ALLOWED_HOSTS bounds them. */
const MAX_REPRESENTATIONS = 4
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

  /** Accounts for a copy added to (or dropped from) an entry, if the entry is still the one kept. */
  grow(key: string, entry: CachedResponse, delta: number): void {
    entry.bytes += delta
    if (this.entries.get(key) !== entry) return
    this.total += delta
    while (this.total > this.maxBytes && this.entries.size > 1) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined || oldest === key) break
      this.forget(oldest)
    }
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
 * What the request may be answered from; undefined when it always goes to Next. Keys carry no
 * host: a page is kept once, with the placeholder origin it was rendered with, and each origin it is
 * asked for under gets its own copy of that template (see `representationFor`).
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
  return { url, path, hasQuery: queryAt !== -1 }
}

function poolOf(key: CacheKey, entry: CachedResponse): { pool: Pool; poolKey: string } {
  return entry.ignoresQuery || !key.hasQuery ? { pool: pages, poolKey: key.path } : { pool: queried, poolKey: key.url }
}

function lookup(key: CacheKey): CachedResponse | undefined {
  if (!key.hasQuery) return pages.get(key.path)
  const page = pages.get(key.path)
  if (page?.ignoresQuery) return page
  return queried.get(key.url)
}

function pickEncoding(req: IncomingMessage, representation: Representation): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  if (representation.brotli && /\bbr\b/.test(accepted)) return 'br'
  if (representation.gzip && /\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

function isFresh(entry: CachedResponse): boolean {
  return entry.generation === siteGeneration() && Date.now() - entry.storedAt < MAX_AGE_MS
}

/**
 * The copy of an entry for one origin: kept, being made, or made now (substituted, then compressed
 * off the event loop). An entry keeps a few origins' copies; the oldest gives way to a new one.
 */
function representationFor(key: CacheKey, entry: CachedResponse, origin: string): Representation | Promise<Representation> {
  const name = entry.templated ? origin : ''
  const known = entry.representations.get(name)
  if (known) return known
  const { pool, poolKey } = poolOf(key, entry)
  if (entry.representations.size >= MAX_REPRESENTATIONS) {
    for (const [oldName, old] of entry.representations) {
      if (old instanceof Promise) continue
      entry.representations.delete(oldName)
      pool.grow(poolKey, entry, -old.bytes)
      break
    }
  }
  const making = represent(entry, origin, entry.compressible ? QUICK : undefined).then((made) => {
    if (entry.representations.get(name) === making) {
      entry.representations.set(name, made)
      pool.grow(poolKey, entry, made.bytes)
    }
    return made
  })
  entry.representations.set(name, making)
  return making
}

/**
 * Answers from the cache when it can, straight from Node's request handler: no middleware runs,
 * since the stored headers already carry what helmet set when the page was recorded. `origin` is
 * what the placeholder becomes (PUBLIC_URL, or the request's own origin).
 * Returns false when the request must go on to express and Next.
 */
export function serveFromPageCache(req: IncomingMessage, res: ServerResponse, origin: string): boolean {
  const key = keyOf(req)
  const entry = key ? lookup(key) : undefined
  if (!key || !entry) return false
  const representation = representationFor(key, entry, origin)
  if (!(representation instanceof Promise)) {
    answer(req, res, key, entry, representation)
    return true
  }
  representation.then(
    (ready) => answer(req, res, key, entry, ready),
    () => {
      res.statusCode = 503
      res.end()
    },
  )
  return true
}

function answer(req: IncomingMessage, res: ServerResponse, key: CacheKey, entry: CachedResponse, representation: Representation): void {
  representation.hits += 1
  if (representation.hits === 2 && !representation.bestCompression) upgradeCompression(key, entry, representation)
  for (const [name, value] of representation.headers) res.setHeader(name, value)
  res.setHeader('ETag', representation.etag)
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  res.setHeader('X-Page-Cache', 'HIT')
  if (req.headers['if-none-match'] === representation.etag) {
    res.statusCode = 304
    res.end()
    return
  }
  const encoding = pickEncoding(req, representation)
  const body = encoding === 'br' ? representation.brotli : encoding === 'gzip' ? representation.gzip : representation.identity
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Content-Length', String(body?.length ?? 0))
  res.statusCode = entry.status
  res.end(req.method === 'HEAD' ? undefined : body)
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

/**
 * Records what Next sends for cacheable requests. Placed after compression and after the origin
 * substitution (lib/originSubstitution.ts), so it sees the raw body with its placeholder; `originOf`
 * names the origin of the copy made for the request that recorded it.
 */
export function recordPageCache(originOf: (req: IncomingMessage) => string): RequestHandler {
  return (req, res, next) => {
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
      const template = Buffer.concat(chunks)
      const contentType = String(res.getHeader('content-type') ?? '')
      const headers: [string, string][] = []
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (HOP_BY_HOP.has(name) || name === 'etag' || value === undefined) continue
        headers.push([name, templateHeaderValue(res, name) ?? (Array.isArray(value) ? value.join(', ') : String(value))])
      }
      const templated = containsPlaceholder(template) || headers.some(([, value]) => value.includes(PLACEHOLDER_HOST))
      const entry: CachedResponse = {
        generation,
        storedAt: Date.now(),
        status: res.statusCode,
        headers,
        template,
        templated,
        compressible: COMPRESSIBLE.test(contentType) && template.length > 256,
        bytes: templated ? template.length : 0,
        ignoresQuery: contentType.startsWith('text/html') && !searchPage,
        representations: new Map(),
      }
      const name = templated ? originOf(req) : ''
      void represent(entry, name, entry.compressible ? QUICK : undefined).then((made) => {
        if (generation !== siteGeneration()) return
        entry.representations.set(name, made)
        entry.bytes += made.bytes
        const { pool, poolKey } = poolOf(key, entry)
        pool.remember(poolKey, entry)
      })
    })
    next()
  }
}

/** The template with `origin` written in (nothing to write when it is not templated), compressed. */
async function represent(entry: CachedResponse, origin: string, levels: typeof QUICK | undefined): Promise<Representation> {
  const contentType = entry.headers.find(([name]) => name === 'content-type')?.[1] ?? ''
  const identity = entry.templated ? substituteOriginInBody(entry.template, origin, contentType) : entry.template
  const headers = entry.templated
    ? entry.headers.map(([name, value]): [string, string] => [name, substituteOriginInText(value, origin)])
    : entry.headers
  const etag = `W/"${entry.generation}-${identity.length.toString(36)}-${hash(identity)}"`
  const plain: Representation = { headers, identity, etag, bytes: identity.length, hits: 0, bestCompression: !levels }
  return levels ? compressed(plain, levels).catch(() => plain) : plain
}

async function compressed(representation: Representation, levels: typeof QUICK): Promise<Representation> {
  const { identity } = representation
  const [brotli, gzipped] = await Promise.all([
    brotliAsync(identity, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: levels.brotli, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
    gzipAsync(identity, { level: levels.gzip }),
  ])
  return {
    ...representation,
    brotli,
    gzip: gzipped,
    bytes: identity.length + brotli.length + gzipped.length,
    bestCompression: levels === BEST,
  }
}

// One best-level compression at a time: under a flood of new URLs the thread pool stays free for
// the quick compressions (and for everything else that uses it: file reads, DNS, crypto).
let upgrading = false

function upgradeCompression(key: CacheKey, entry: CachedResponse, representation: Representation): void {
  if (upgrading || !representation.brotli) return
  upgrading = true
  const { pool, poolKey } = poolOf(key, entry)
  compressed(representation, BEST)
    .then((better) => {
      for (const [name, current] of entry.representations) {
        if (current !== representation) continue
        entry.representations.set(name, { ...better, hits: representation.hits })
        pool.grow(poolKey, entry, better.bytes - representation.bytes)
      }
    })
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
