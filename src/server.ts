/**
 * The HTTP entry point: express hosts Next (site, admin, REST, GraphQL) and owns what Payload 3
 * leaves to the host: security headers, rate limits, request logs, compression, /healthz and a
 * graceful shutdown. It must not import the Payload config: that breaks Next's AsyncLocalStorage.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import compression from 'compression'
import express from 'express'
import next from 'next'

import { apiCache, exceptApiSurface } from './lib/apiCache'
import { cors } from './lib/cors'
import { createDatabaseProbe } from './lib/health'
import { requestGuards } from './lib/http'
import { retryAfterOnUnavailable } from './lib/http/retryAfter'
import { flushLogs, logger, logRequest, requestLogger } from './lib/logger'
import { substituteOriginInResponses } from './lib/originSubstitution'
import { recordPageCache, serveFromPageCache } from './lib/pageCache'
import { markClientAddress, rateLimits } from './lib/rateLimits'
import { requestOriginResolver, siteOriginResolver, stampRequestOrigin, type TrustProxy, trustProxySetting } from './lib/requestOrigin'
import { securityHeaders } from './lib/securityHeaders'
import { trackConnections } from './lib/shutdown'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dev = process.env.NODE_ENV === 'development'
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000)
const SHUTDOWN_DELAY_MS = Number(process.env.SHUTDOWN_DELAY_MS ?? 0)

type CachedPayload = { payload?: { destroy(): Promise<void> } | null }

async function main(): Promise<void> {
  const nextApp = next({ dev, dir: root, port })
  const handle = nextApp.getRequestHandler()
  const [probe] = await Promise.all([createDatabaseProbe(), nextApp.prepare()])
  const limits = rateLimits()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting())
  // The visitor's origin, worked out once for express and for the page cache in front of it.
  const requestOrigin = requestOriginResolver(app.get('trust proxy fn') as TrustProxy)
  const siteOrigin = siteOriginResolver(requestOrigin)
  app.use(requestLogger)
  app.use(retryAfterOnUnavailable)
  app.use(stampRequestOrigin(requestOrigin))
  app.use(securityHeaders({ dev }))
  app.use(cors())
  app.use(requestGuards({ mediaDir: process.env.MEDIA_DIR ?? 'media' }))
  app.use(compression())
  // Pages carry a placeholder origin when PUBLIC_URL is unset (lib/origin.ts); it is replaced on the
  // way out, before compression, and after the caches below have kept the placeholder copy.
  app.use(substituteOriginInResponses(siteOrigin))
  // What Next sends is recorded after compression, uncompressed; the cache answers in `server` below.
  if (!dev) app.use(exceptApiSurface(recordPageCache(siteOrigin)))
  // REST, GraphQL GETs, feeds and exports: ETags, 304s and the API response cache (lib/apiCache.ts).
  app.use(apiCache)

  let draining = () => false
  // Not ready from SIGTERM on, so a load balancer stops sending while in-flight requests finish.
  app.get(['/healthz', '/readyz'], (_req, res, next) => {
    if (!draining()) return next()
    res.status(503).set('Cache-Control', 'no-store')
    res.json({ status: 'draining', message: 'The server is shutting down; it finishes the requests it has and accepts no new ones.' })
  })
  app.get('/healthz', async (_req, res) => {
    const database = await probe.check()
    res.status(database.status === 'up' ? 200 : 503)
    res.set('Cache-Control', 'no-store')
    res.json({ status: database.status === 'up' ? 'ok' : 'unavailable', database, uptimeSeconds: Math.round(process.uptime()) })
  })
  app.use(markClientAddress)
  app.use('/api/graphql', limits.graphql)

  // Express 5 rejects a bare '*'; a final middleware hands everything else to Next.
  app.use((req, res) => {
    void handle(req, res)
  })

  // Cached pages and assets are answered before express (they carry their stored headers, security
  // headers included); everything else goes through the middleware above.
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint()
    if (!dev && serveFromPageCache(req, res, siteOrigin(req))) logRequest(req, res, started)
    else void app(req, res)
  })
  server.listen(port, host, () => {
    const address = server.address()
    const actualPort = typeof address === 'object' && address ? address.port : port
    logger.info({ port: actualPort, dev }, `SyntaGen portal listening on http://localhost:${actualPort}`)
    flushLogs()
    // Payload starts inside Next's runtime, not here (importing its config here breaks Next's
    // AsyncLocalStorage): one request starts it, with the jobs queue that runs scheduled publishes.
    const self = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
    fetch(`http://${self.includes(':') ? `[${self}]` : self}:${actualPort}/readyz`).then(
      (response) => logger.info({ status: response.status }, 'Payload and its jobs queue started'),
      (error: unknown) => logger.warn({ err: error }, 'could not start Payload at start-up; the first request will'),
    )
  })
  server.keepAliveTimeout = 65_000

  const connections = trackConnections(server)
  draining = connections.draining

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: finishing in-flight requests')
    await connections.drain({
      delayMs: SHUTDOWN_DELAY_MS,
      graceMs: SHUTDOWN_GRACE_MS,
      onForced: () => logger.warn('in-flight requests did not finish in time; closing connections'),
    })
    await probe.close().catch(() => undefined)
    // Payload keeps its instance on a global (see getPayload); close its database pool too.
    const cached = (globalThis as { _payload?: Map<string, CachedPayload> })._payload
    for (const entry of cached?.values() ?? []) await entry.payload?.destroy().catch(() => undefined)
    await nextApp.close().catch(() => undefined)
    logger.info('stopped')
    flushLogs()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the server could not start')
  flushLogs()
  process.exit(1)
})
