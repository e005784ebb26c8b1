import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { CLIENT_ADDRESS_HEADER } from './authAttempts'

/**
 * GraphQL as a whole gets a per-client request limit here. Sign-in and password-reset attempts are
 * limited inside Payload (collections/Users/hooks/limitAuthAttempts.ts), where REST, GraphQL and the
 * admin meet in the same operations; express only tells Payload who the client is.
 */
export function rateLimits() {
  return {
    graphql: rateLimit({
      windowMs: 60_000,
      limit: Number(process.env.RATE_LIMIT_GRAPHQL ?? 300),
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      message: { errors: [{ message: 'Too many requests. Wait a minute and try again.' }] },
    }),
  }
}

/** Replaces any client-sent value: only the address express resolved (with `trust proxy`) counts. */
export const markClientAddress: RequestHandler = (req, _res, next) => {
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}
