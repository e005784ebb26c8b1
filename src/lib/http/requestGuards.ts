import { existsSync } from 'node:fs'
import path from 'node:path'

import type { NextFunction, Request, RequestHandler, Response } from 'express'

import {
  MAX_IMPORT_BODY_BYTES,
  MAX_JSON_BODY_BYTES,
  MAX_QUERY_ARRAY_LENGTH,
  MAX_QUERY_STRING_BYTES,
  MAX_UPLOAD_BODY_BYTES,
} from '../apiLimits'
import { hasControlCharacters } from '../controlCharacters'
import { ORIGIN_HEADER } from '../origin'
import { refuse } from './refuse'

/**
 * Transport-level guards, in front of Next and Payload: what can be judged from the request line
 * and headers alone is answered here with a 4xx and a message, before any body is parsed.
 */

/** `/papers/%ff` would reach Next's router as a URIError (a 500); `%00` has no place in a path. */
export const refuseBadPathEncoding: RequestHandler = (req, res, next) => {
  const rawPath = req.originalUrl.split('?', 1)[0] ?? ''
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    refuse(req, res, 400, 'The address contains invalid percent-encoding (such as %ff); check the link.')
    return
  }
  if (hasControlCharacters(decoded)) {
    refuse(req, res, 400, 'The address contains control characters (such as %00 or %0A); check the link.')
    return
  }
  next()
}

/** Long query strings (414) and long arrays in them (400); qs would otherwise build them in full. */
export const limitQueryStrings: RequestHandler = (req, res, next) => {
  const question = req.originalUrl.indexOf('?')
  if (question === -1) return next()
  const query = req.originalUrl.slice(question + 1)
  if (Buffer.byteLength(query) > MAX_QUERY_STRING_BYTES) {
    refuse(req, res, 414, `The query string is longer than ${MAX_QUERY_STRING_BYTES} bytes. Narrow the query, or send it as a POST body.`)
    return
  }
  if (/%00/.test(query)) {
    refuse(req, res, 400, 'The query string contains a NUL character (%00).')
    return
  }
  const counts = new Map<string, number>()
  for (const pair of query.split('&')) {
    let key: string
    try {
      key = decodeURIComponent((pair.split('=', 1)[0] ?? '').replace(/\+/g, ' '))
    } catch {
      refuse(req, res, 400, 'The query string contains invalid percent-encoding (such as %ff).')
      return
    }
    const tooLong = [...key.matchAll(/\[(\d+)\]/g)].some((match) => Number(match[1]) >= MAX_QUERY_ARRAY_LENGTH)
    const stem = key.replace(/\[\]$/, '')
    counts.set(stem, (counts.get(stem) ?? 0) + 1)
    if (tooLong || (counts.get(stem) ?? 0) > MAX_QUERY_ARRAY_LENGTH) {
      refuse(req, res, 400, `A list in the query string has more than ${MAX_QUERY_ARRAY_LENGTH} items.`)
      return
    }
  }
  next()
}

const IMPORT_ROUTE = /^\/api\/[a-z-]+\/import(?:$|\?)/

function bodyLimitFor(req: Request): number {
  if (/^\/api\/media(\/|$|\?)/.test(req.originalUrl)) return MAX_UPLOAD_BODY_BYTES
  return IMPORT_ROUTE.test(req.originalUrl) ? MAX_IMPORT_BODY_BYTES : MAX_JSON_BODY_BYTES
}

function tooLarge(req: Request, res: Response, limit: number): void {
  refuse(req, res, 413, `The request body is larger than ${Math.round(limit / 1024)} KiB, the limit for this address.`)
}

/** What a refused chunked body may still send, discarded, before its connection is cut. */
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024

/**
 * Bodies above the route's limit are refused from the Content-Length, before a byte is read.
 * A chunked body has no length up front: it is held back from Next (never more than the limit)
 * until it is complete, then handed on whole; one that passes the limit is answered with a 413 and
 * the rest of it is read and discarded (so the client gets to read the answer), up to a cap.
 */
export const limitBodySize: RequestHandler = (req, res, next: NextFunction) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  const limit = bodyLimitFor(req)
  const declared = req.get('content-length')
  if (declared !== undefined) {
    if (Number(declared) > limit) {
      // The body is discarded as it arrives (never buffered), so the client can read the answer.
      req.resume()
      tooLarge(req, res, limit)
      return
    }
    return next()
  }
  // What arrived with the headers is already in the stream's buffer.
  let received = req.readableLength
  if (req.complete) {
    if (received <= limit) return next()
    req.resume()
    tooLarge(req, res, limit)
    return
  }
  const push = req.push.bind(req)
  const held: [unknown, BufferEncoding | undefined][] = []
  let refused = false
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null) {
      if (refused) return push(null)
      // Complete and within the limit: Next reads it as if it had just arrived.
      req.push = push
      for (const [part, partEncoding] of held.splice(0)) push(part, partEncoding)
      push(null)
      next()
      return false
    }
    received += typeof chunk === 'string' || Buffer.isBuffer(chunk) ? Buffer.byteLength(chunk) : 0
    if (refused) {
      if (received > limit + MAX_DISCARDED_BYTES) req.destroy()
      return true
    }
    if (received > limit) {
      refused = true
      held.length = 0
      tooLarge(req, res, limit)
      return true
    }
    held.push([chunk, encoding])
    return true
  }
}

/** The origins allowed to send cookie-authenticated writes: PUBLIC_URL's, or else the request's own. */
export function allowedOrigin(req: Request): string {
  const configured = process.env.PUBLIC_URL
  if (configured) {
    try {
      return new URL(configured).origin
    } catch {
      // an invalid PUBLIC_URL falls back to the request's own origin
    }
  }
  // As src/server.ts stamped it: TRUST_PROXY applied, a malformed or unlisted host never reflected.
  return req.get(ORIGIN_HEADER) ?? `${req.protocol}://${req.get('host') ?? ''}`
}

const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/**
 * CSRF: a write that carries the admin's session cookie must come from this site. Payload checks
 * the Origin only when serverURL is set, and then treats a foreign one as anonymous; here every
 * such write (REST, GraphQL, the admin's server functions) is refused with a 403 and the reason.
 * Requests authenticated by an Authorization header carry no ambient credentials and pass.
 */
export const refuseCrossSiteWrites: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  if (!SESSION_COOKIE.test(req.get('cookie') ?? '')) return next()
  const origin = req.get('origin')
  const crossSite = origin !== undefined ? origin !== allowedOrigin(req) : req.get('sec-fetch-site') === 'cross-site'
  if (!crossSite) return next()
  refuse(
    req,
    res,
    403,
    `This request comes from another site (${origin ?? 'a cross-site page'}) with a signed-in session; changes are only accepted from ${allowedOrigin(req)}.`,
  )
}

/**
 * A media file that is not on disk is a 404 at once, both from Payload's file route and through
 * Next's image optimizer, which would otherwise report the failed upstream fetch as a 500.
 */
export function refuseMissingMediaFiles(mediaDir: string): RequestHandler {
  const root = path.resolve(mediaDir)
  const missing = (fileUrl: string): boolean => {
    const match = /^\/api\/media\/file\/([^?#]+)/.exec(fileUrl)
    if (!match?.[1]) return false
    let name: string
    try {
      name = decodeURIComponent(match[1])
    } catch {
      return true
    }
    const file = path.resolve(root, name)
    return !file.startsWith(`${root}${path.sep}`) || !existsSync(file)
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const target = req.path === '/_next/image' ? String(req.query.url ?? '') : req.originalUrl
    if (missing(target)) {
      refuse(req, res, 404, 'There is no such media file. It may have been deleted or renamed.')
      return
    }
    next()
  }
}
