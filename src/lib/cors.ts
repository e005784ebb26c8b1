/**
 * Cross-origin access to the API surface (REST, GraphQL, feeds; lib/api/surface.ts).
 *
 * - Any origin may make anonymous GET/HEAD requests: `Access-Control-Allow-Origin: *`, no
 *   credentials, so a browser never sends cookies or an Authorization header on another site's
 *   behalf, and a preflight for anything else (a write, an Authorization header) is refused.
 * - Origins listed in CORS_ORIGINS (comma-separated, e.g. `https://cvpr.thecvf.com`) may also send
 *   credentials and write: their origin is echoed, with `Vary: Origin`.
 * - A write carrying an Origin that is neither this site nor listed is refused with 403: a plain
 *   form post needs no preflight, so the browser alone would not stop it.
 */
import type { IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

import { isApiSurface, pathOf } from './api/surface'
import { configuredSiteUrl } from './origin'

const READ_METHODS = 'GET, HEAD'
const SAFE_METHODS = new Set(['GET', 'HEAD'])
const ALL_METHODS = 'GET, HEAD, POST, PATCH, PUT, DELETE'
const READ_HEADERS = 'If-None-Match, Accept, Content-Type'
const ALL_HEADERS = 'Authorization, If-None-Match, Accept, Content-Type'
const EXPOSED_HEADERS = 'ETag, Cache-Control, Content-Disposition, X-API-Cache'
const PREFLIGHT_MAX_AGE = '600'

export function allowedOrigins(value = process.env.CORS_ORIGINS ?? ''): Set<string> {
  return new Set(
    value
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  )
}

/** This site's own origins: the public address, and the Host the request came in on. */
function isOwnOrigin(req: IncomingMessage, origin: string): boolean {
  const configured = configuredSiteUrl()
  if (configured && origin === new URL(configured).origin) return true
  const host = req.headers.host
  return Boolean(host) && (origin === `http://${host}` || origin === `https://${host}`)
}

export function cors(origins: Set<string> = allowedOrigins()): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin
    if (!origin || !isApiSurface(pathOf(req.url))) return next()
    const listed = origins.has(origin)
    if (listed) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
      res.setHeader('Vary', 'Origin')
    } else {
      res.setHeader('Access-Control-Allow-Origin', '*')
    }
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)

    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method']
    if (preflight) {
      const method = String(req.headers['access-control-request-method']).toUpperCase()
      if (listed || SAFE_METHODS.has(method)) {
        res.setHeader('Access-Control-Allow-Methods', listed ? ALL_METHODS : READ_METHODS)
        res.setHeader('Access-Control-Allow-Headers', listed ? ALL_HEADERS : READ_HEADERS)
        res.setHeader('Access-Control-Max-Age', PREFLIGHT_MAX_AGE)
      }
      // Without the Allow-* headers the browser refuses the request; nothing reaches Payload.
      res.status(204).end()
      return
    }
    const writes = !SAFE_METHODS.has(req.method) && req.method !== 'OPTIONS'
    if (writes && !listed && !isOwnOrigin(req, origin)) {
      res.status(403).json({ errors: [{ message: `Cross-origin writes from ${origin} are not allowed. Ask the organizers to add it to CORS_ORIGINS.` }] })
      return
    }
    next()
  }
}
