import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { siteGeneration } from './siteGeneration'

/**
 * An in-memory copy of what Next already serves from its cache (prerendered pages and hashed
 * static assets), compressed once with brotli and gzip. Next stays the source of truth: only
 * responses it marks publicly cacheable are kept, and a published change (siteGeneration, bumped
 * by the collection hooks next to revalidatePath) empties it. Visitors signed in to the admin, or
 * in draft mode, always reach Next.
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
}

const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_BYTES ?? 64 * 1024 * 1024)
const MAX_AGE_MS = Number(process.env.PAGE_CACHE_MAX_AGE_MS ?? 5 * 60_000)
const MAX_ENTRY_BYTES = 2 * 1024 * 1024
const BYPASS_COOKIES = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/
const NEVER_CACHED = /^\/(?:api|admin|healthz)(?:\/|$)/
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg\+xml)/
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date'])

const entries = new Map<string, CachedResponse>()
let totalBytes = 0

/** The cache key is the request URL as it arrived (before express rewrites anything). */
function keyOf(req: IncomingMessage): string | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  const url = req.url ?? ''
  if (NEVER_CACHED.test(url.split('?')[0] ?? '')) return undefined
  if (BYPASS_COOKIES.test(req.headers.cookie ?? '')) return undefined
  // React Server Component requests vary by these headers; leave them to Next.
  if (req.headers.rsc || req.headers['next-router-state-tree'] || req.headers['next-action']) return undefined
  return url
}

function isFresh(entry: CachedResponse): boolean {
  return entry.generation === siteGeneration() && Date.now() - entry.storedAt < MAX_AGE_MS
}

function forget(key: string): void {
  const entry = entries.get(key)
  if (!entry) return
  totalBytes -= entry.bytes
  entries.delete(key)
}

function remember(key: string, entry: CachedResponse): void {
  forget(key)
  while (totalBytes + entry.bytes > MAX_BYTES && entries.size > 0) {
    const oldest = entries.keys().next().value
    if (oldest === undefined) break
    forget(oldest)
  }
  entries.set(key, entry)
  totalBytes += entry.bytes
}

function pickEncoding(req: IncomingMessage, entry: CachedResponse): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  if (entry.brotli && /\bbr\b/.test(accepted)) return 'br'
  if (entry.gzip && /\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

/**
 * Answers from the cache when it can, straight from Node's request handler: no middleware runs,
 * since the stored headers already carry what helmet set when the page was recorded.
 * Returns false when the request must go on to express and Next.
 */
export function serveFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
  const key = keyOf(req)
  const entry = key ? entries.get(key) : undefined
  if (!key || !entry) return false
  if (!isFresh(entry)) {
    forget(key)
    return false
  }
  // Most recently used goes to the end, so eviction takes the least recently used.
  entries.delete(key)
  entries.set(key, entry)
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

function isPubliclyCacheable(res: Response): boolean {
  if (res.statusCode !== 200) return false
  if (res.getHeader('set-cookie')) return false
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
    if (tooLarge || !isPubliclyCacheable(res) || generation !== siteGeneration()) return
    const identity = Buffer.concat(chunks)
    const contentType = String(res.getHeader('content-type') ?? '')
    const compressible = COMPRESSIBLE.test(contentType) && identity.length > 256
    const headers: [string, string][] = []
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (HOP_BY_HOP.has(name) || name === 'etag' || value === undefined) continue
      headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
    }
    const brotli = compressible
      ? brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } })
      : undefined
    const gzip = compressible ? gzipSync(identity, { level: 9 }) : undefined
    remember(key, {
      generation,
      storedAt: Date.now(),
      status: res.statusCode,
      headers,
      identity,
      brotli,
      gzip,
      etag: `W/"${generation}-${identity.length.toString(36)}-${hash(identity)}"`,
      bytes: identity.length + (brotli?.length ?? 0) + (gzip?.length ?? 0),
    })
  })
  next()
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

export function pageCacheStats(): { entries: number; bytes: number } {
  return { entries: entries.size, bytes: totalBytes }
}
