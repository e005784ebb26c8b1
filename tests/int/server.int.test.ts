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
})
