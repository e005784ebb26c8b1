import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

function limiter(name: string, windowMs: number, defaultLimit: number): RequestHandler {
  const limit = Number(process.env[`RATE_LIMIT_${name}`] ?? defaultLimit)
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { errors: [{ message: 'Too many requests. Wait a few minutes and try again.' }] },
  })
}

/** Payload 3 has per-account lockout but no per-client limit; these sit in front of the guessable routes. */
export function rateLimits() {
  return {
    login: limiter('LOGIN', 15 * 60_000, 20),
    forgotPassword: limiter('FORGOT_PASSWORD', 60 * 60_000, 5),
    graphql: limiter('GRAPHQL', 60_000, 300),
  }
}
