import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import { pino } from 'pino'

/**
 * JSON lines on stdout, buffered: a synchronous write per request would cost more than serving
 * a cached page. flushLogs() runs at shutdown so nothing buffered is lost.
 */
const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 })

export const logger = pino(
  {
    name: 'syntagen',
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.cookie', 'req.headers.authorization'],
  },
  destination,
)

export function flushLogs(): void {
  destination.flushSync()
}

// Quiet periods still reach the log within a second.
setInterval(() => destination.flush(), 1_000).unref()

/** One structured line for a finished request. */
export function logRequest(req: IncomingMessage, res: ServerResponse, started: bigint, ip?: string): void {
  const url = req.url ?? ''
  // Static assets would drown the log; errors on them still show.
  if (res.statusCode < 400 && url.startsWith('/_next/')) return
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6
  const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'
  logger[level]({
    method: req.method,
    url,
    status: res.statusCode,
    durationMs: Math.round(durationMs * 10) / 10,
    bytes: Number(res.getHeader('content-length') ?? 0) || undefined,
    ip: ip ?? req.socket.remoteAddress,
  })
}

export const requestLogger: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint()
  res.on('finish', () => logRequest(req, res, started, req.ip))
  next()
}
