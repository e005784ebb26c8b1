import http from 'node:http'

import { afterEach, describe, expect, inject, it } from 'vitest'

import { request } from '../helpers/api'
import { type ExtraEnv, type RunningServer, startServer } from '../helpers/server'

const databaseUrl = inject('databaseUrl')
const kind = inject('databaseKind')
const started: RunningServer[] = []

async function serverWith(env: ExtraEnv): Promise<RunningServer> {
  const server = await startServer({ PAYLOAD_SECRET: 'integration-tests-only', LOG_LEVEL: 'info', ...env })
  started.push(server)
  return server
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop('SIGKILL')))
})

const unreachable: Record<string, string> = {
  sqlite: 'file:/tmp/syntagen-tests/no-such-folder/missing.db',
  postgres: 'postgres://postgres@127.0.0.1:5432/syntagen_database_that_does_not_exist',
  mongodb: 'mongodb://127.0.0.1:1/unreachable?serverSelectionTimeoutMS=500',
}

describe('the express host', () => {
  it('answers /healthz with 503 and the reason when the database is unreachable', async () => {
    const server = await serverWith({ DATABASE_URL: unreachable[kind] })
    const { status, body } = await request<{ status: string; database: { status: string; error?: string } }>(
      server.baseUrl,
      'GET',
      '/healthz',
    )
    expect(status).toBe(503)
    expect(body.status).toBe('unavailable')
    expect(body.database.status).toBe('down')
    expect(body.database.error).toBeTruthy()
  })

  it('limits login attempts per client with 429 and a message', async () => {
    const server = await serverWith({ DATABASE_URL: databaseUrl, RATE_LIMIT_LOGIN: '3' })
    const attempt = () =>
      request(server.baseUrl, 'POST', '/api/users/login', { body: { email: 'nobody@syntagen.test', password: 'wrong' } })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status)
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401])
    const limited = await attempt()
    expect(limited.status).toBe(429)
    expect(JSON.stringify(limited.body)).toMatch(/Too many attempts/)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('finishes in-flight requests on SIGTERM, then exits cleanly', async () => {
    const server = await serverWith({ DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_MS: '30000' })
    // Payload initialises on the first request; warm it so the test measures shutdown, not start-up.
    expect((await request(server.baseUrl, 'GET', '/api/editions?limit=1')).status).toBe(200)
    const { port } = new URL(server.baseUrl)
    // A request whose body is still arriving when the signal comes.
    const response = new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/speakers', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      req.write('{"name": "Half')
      setTimeout(() => {
        server.process.kill('SIGTERM')
        setTimeout(() => req.end(' a request"}'), 500)
      }, 200)
    })
    const status = await response
    expect(status).toBe(403) // answered (anonymous write), not cut off
    const exitCode = await server.stop()
    expect(exitCode).toBe(0)
    expect(server.output()).toMatch(/finishing in-flight requests/)
    expect(server.output()).toMatch(/"msg":"stopped"/)
  })

  it('answers every one of 30 concurrent requests caught by SIGTERM, none reset', async () => {
    const server = await serverWith({ DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_MS: '30000' })
    expect((await request(server.baseUrl, 'GET', '/api/editions?limit=1')).status).toBe(200)
    const port = Number(new URL(server.baseUrl).port)
    const requests = [
      // Uncached reads that reach Payload (a unique filter each), and GraphQL queries whose bodies
      // are still arriving when the signal comes.
      ...Array.from({ length: 20 }, (_, i) => send(port, 'GET', `/api/sessions?depth=2&limit=50&where[title][not_equals]=drain-${i}-${Date.now()}`)),
      ...Array.from({ length: 10 }, (_, i) =>
        send(port, 'POST', '/api/graphql', JSON.stringify({ query: `{ Editions(limit: ${i + 1}) { docs { id year } } }` }), 1_000),
      ),
    ]
    // In flight: every connection is established (accepted, or waiting in the listen backlog).
    await Promise.all(requests.map((sent) => sent.connected))
    server.process.kill('SIGTERM')
    const settled = await Promise.all(requests.map((sent) => sent.outcome))
    const failed = settled.filter((outcome) => outcome.error || outcome.status < 200 || outcome.status >= 500)
    expect(failed, JSON.stringify(settled)).toEqual([])
    expect(settled.every((outcome) => outcome.status === 200)).toBe(true)
    expect(await server.stop()).toBe(0)
    // Once drained, nothing listens.
    expect((await send(port, 'GET', '/healthz').outcome).error).toBe('ECONNREFUSED')
  })

  it('reports not-ready from SIGTERM on, and serves what arrives during SHUTDOWN_DELAY_MS', async () => {
    const server = await serverWith({ DATABASE_URL: databaseUrl, SHUTDOWN_DELAY_MS: '1500' })
    const port = Number(new URL(server.baseUrl).port)
    expect((await send(port, 'GET', '/healthz').outcome).status).toBe(200)
    server.process.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 400))
    const [health, ready, page] = await Promise.all([send(port, 'GET', '/healthz').outcome, send(port, 'GET', '/readyz').outcome, send(port, 'GET', '/2024').outcome])
    expect(health).toMatchObject({ status: 503, retryAfter: '5', connection: 'close' })
    expect(ready.status).toBe(503)
    expect(page).toMatchObject({ status: 200, connection: 'close' })
    expect(await server.stop()).toBe(0)
  })
})

type Outcome = { status: number; error?: string; retryAfter?: string; connection?: string }

type Sent = { connected: Promise<void>; outcome: Promise<Outcome> }

/** One request on a connection of its own; a body is sent in two parts, `pauseMs` apart. */
function send(port: number, method: string, path: string, body?: string, pauseMs = 0): Sent {
  let connected: () => void = () => undefined
  const connection = new Promise<void>((resolve) => (connected = resolve))
  const outcome = new Promise<Outcome>((resolve) => {
    const headers = body ? { 'content-type': 'application/json' } : {}
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: false, headers }, (res) => {
      res.resume()
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], connection: res.headers.connection }),
      )
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? error.message }))
    })
    req.on('socket', (socket) => socket.once('connect', connected))
    req.on('error', (error: NodeJS.ErrnoException) => {
      connected()
      resolve({ status: 0, error: error.code ?? error.message })
    })
    if (!body) return void req.end()
    req.write(body.slice(0, 10))
    setTimeout(() => req.end(body.slice(10)), pauseMs)
  })
  return { connected: connection, outcome }
}
