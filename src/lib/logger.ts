import type { RequestHandler } from 'express'
import { pino } from 'pino'

export const logger = pino({
  name: 'syntagen',
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.cookie', 'req.headers.authorization'],
})

/** One structured line per request, written when the response is done. */
export const requestLogger: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint()
  res.on('finish', () => {
    // Static assets would drown the log; errors on them still show.
    if (res.statusCode < 400 && req.path.startsWith('/_next/')) return
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6
    const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'
    logger[level]({
      method: req.method,
      url: req.originalUrl,
      status: res.statusCode,
      durationMs: Math.round(durationMs * 10) / 10,
      bytes: Number(res.getHeader('content-length') ?? 0) || undefined,
      ip: req.ip,
    })
  })
  next()
}
