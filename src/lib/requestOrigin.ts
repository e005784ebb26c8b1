import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'

import type { RequestHandler } from 'express'

import { allowedHosts, configuredSiteUrl, isAllowedHost, ORIGIN_HEADER, originOf } from './origin'

/** express's compiled `trust proxy` (app.get('trust proxy fn')): is the hop at `index` trusted? */
export type TrustProxy = (address: string | undefined, index: number) => boolean

/** TRUST_PROXY as express wants it: `true`/`false`, a hop count, or addresses and subnets ("loopback"). */
export function trustProxySetting(setting = process.env.TRUST_PROXY): boolean | number | string {
  const value = setting?.trim() ?? 'loopback'
  if (value === 'true' || value === 'false') return value === 'true'
  if (/^\d+$/.test(value)) return Number(value)
  return value || 'loopback'
}

const firstValue = (header: string | string[] | undefined): string => String(header ?? '').split(',')[0]?.trim() ?? ''

/**
 * The origin a request was sent to, worked out as express's `req.protocol` and `req.host` do (so it
 * can be used before express, by the page cache): X-Forwarded-Proto and X-Forwarded-Host count only
 * from a proxy TRUST_PROXY trusts, the Host header otherwise. A host that is not a plain
 * name[:port], or not in ALLOWED_HOSTS when that is set, is never reflected: the answer is then
 * `http://localhost:<port>`.
 */
export function requestOriginResolver(trust: TrustProxy, allowed: string[] = allowedHosts()): (req: IncomingMessage) => string {
  const resolved = new WeakMap<IncomingMessage, string>()
  return (req) => {
    const known = resolved.get(req)
    if (known) return known
    const trusted = trust(req.socket.remoteAddress, 0)
    const forwardedProto = trusted ? firstValue(req.headers['x-forwarded-proto']).toLowerCase() : ''
    const protocol = forwardedProto || ((req.socket as TLSSocket).encrypted ? 'https' : 'http')
    const host = (trusted && firstValue(req.headers['x-forwarded-host'])) || String(req.headers.host ?? '')
    const origin = originOf(protocol, host)
    const answer = origin && isAllowedHost(host, allowed) ? origin : `http://localhost:${req.socket.localPort ?? 3000}`
    resolved.set(req, answer)
    return answer
  }
}

/** The origin absolute links are written with: PUBLIC_URL when set, else the request's own. */
export function siteOriginResolver(requestOrigin: (req: IncomingMessage) => string): (req: IncomingMessage) => string {
  return (req) => configuredSiteUrl() ?? requestOrigin(req)
}

/**
 * Tells the site which address the visitor used (password-reset links, edition exports). A value
 * the client sent under the same name is dropped first, so it cannot choose the links.
 */
export function stampRequestOrigin(requestOrigin: (req: IncomingMessage) => string): RequestHandler {
  return (req, _res, next) => {
    delete req.headers[ORIGIN_HEADER]
    req.headers[ORIGIN_HEADER] = requestOrigin(req)
    next()
  }
}
