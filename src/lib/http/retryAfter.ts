import type { RequestHandler, Response } from 'express'

/** Seconds a client should wait before retrying a 503 (database outage, shutdown). */
export const RETRY_AFTER_SECONDS = 5

/**
 * Every 503 says when to try again. Payload's afterError hook (lib/databaseErrors.ts) can set the
 * status and body of a database outage's answer but not its headers, so this adds Retry-After
 * on the way out to any 503 that has none.
 */
export const retryAfterOnUnavailable: RequestHandler = (_req, res, next) => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 503 && !res.headersSent && res.getHeader('retry-after') === undefined) {
      const headers = rest.find((value) => typeof value === 'object' && value !== null)
      const given = headers && !Array.isArray(headers) && Object.keys(headers).some((name) => name.toLowerCase() === 'retry-after')
      if (!given) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
    }
    return writeHead(status, ...rest)
  }) as Response['writeHead']
  next()
}
