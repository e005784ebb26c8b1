import type { RequestHandler } from 'express'

import { ORIGIN_HEADER, originOf } from './origin'

/**
 * Tells the site which address the visitor used (lib/siteUrl reads it when PUBLIC_URL is unset).
 * Express works it out: `req.protocol` and `req.host` honour X-Forwarded-Proto and
 * X-Forwarded-Host only from a proxy TRUST_PROXY trusts, and the plain Host header otherwise.
 * A value the client sent under the same name is dropped first, so it cannot choose the links.
 */
export const stampRequestOrigin: RequestHandler = (req, _res, next) => {
  delete req.headers[ORIGIN_HEADER]
  const origin = originOf(req.protocol, req.host)
  if (origin) req.headers[ORIGIN_HEADER] = origin
  next()
}
