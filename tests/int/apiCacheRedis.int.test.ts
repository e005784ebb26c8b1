import { randomBytes } from 'node:crypto'

import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * Two more instances of the production server on the integration database, sharing one Redis
 * (127.0.0.1:6379, or TEST_REDIS_URL) under a prefix of their own: what several instances behind
 * a load balancer do. They also list one origin in CORS_ORIGINS.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const PREFIX = `syntagen-test-${randomBytes(4).toString('hex')}:`
const ALLOWED_ORIGIN = 'https://workshops.example.org'

let first: RunningServer
let second: RunningServer
let redis: Redis
let admin: Record<string, string>

async function get(server: RunningServer, route: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}${route}`, { headers })
}

beforeAll(async () => {
  const env = {
    DATABASE_URL: inject('databaseUrl'),
    PAYLOAD_SECRET: 'integration-tests-only',
    MEDIA_DIR: `/tmp/syntagen-tests/media-${inject('databaseKind')}-${process.pid}`,
    RATE_LIMIT_LOGIN: '1000',
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    CORS_ORIGINS: `${ALLOWED_ORIGIN}, https://other.example.org`,
  }
  ;[first, second] = await Promise.all([startServer(env), startServer(env)])
  redis = new Redis(REDIS_URL)
  admin = await adminHeaders(first.baseUrl)
})

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()])
  const keys = await redis.keys(`${PREFIX}*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})

describe('several instances sharing the response cache through Redis', () => {
  it('serves on one instance what the other stored, with the same ETag', async () => {
    const route = `/api/speakers?depth=1&limit=50&sort=name`
    expect((await get(first, route)).headers.get('x-api-cache')).toBe('MISS')
    const stored = await get(first, route)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const fromOther = await get(second, route)
    expect(fromOther.headers.get('x-api-cache')).toBe('HIT')
    expect(fromOther.headers.get('etag')).toBe(stored.headers.get('etag'))
    expect(await fromOther.json()).toEqual(await stored.json())
    // The entry lives in Redis, in the hash of the current generation.
    const generation = (await redis.get(`${PREFIX}generation`)) ?? '0'
    expect(await redis.hexists(`${PREFIX}api:${generation}`, route)).toBe(1)
  })

  it('invalidates both instances when one publishes', async () => {
    const route = `/api/editions?depth=0&limit=10&sort=year`
    await get(first, route)
    await get(first, route)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const before = await get(second, route)
    expect(before.headers.get('x-api-cache')).toBe('HIT')
    const etag = before.headers.get('etag') ?? ''
    expect((await get(second, route, { 'If-None-Match': etag })).status).toBe(304)

    const editions = (await before.json()) as { docs: { id: string; year: number }[] }
    const edition = editions.docs.find((doc) => doc.year === 2025)
    const tagline = `Shared publish ${Date.now()}`
    const published = await request(first.baseUrl, 'PATCH', `/api/editions/${edition?.id}`, {
      headers: admin,
      body: { tagline, _status: 'published' },
    })
    expect(published.status).toBe(200)

    const after = await get(second, route, { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    const body = (await after.json()) as { docs: { id: string; tagline?: string }[] }
    expect(body.docs.find((doc) => doc.id === edition?.id)?.tagline).toBe(tagline)
    // …and the ETags agree again across instances.
    expect((await get(first, route)).headers.get('etag')).toBe(after.headers.get('etag'))
  })
})

describe('CORS with an allow-list', () => {
  it('echoes a listed origin with credentials, and lets it write', async () => {
    const read = await get(first, '/api/editions?limit=1', { Origin: ALLOWED_ORIGIN })
    expect(read.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN)
    expect(read.headers.get('access-control-allow-credentials')).toBe('true')
    expect(read.headers.get('vary')).toMatch(/Origin/)

    const preflight = await fetch(`${first.baseUrl}/api/speakers`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')

    const editions = await request<{ docs: { id: string }[] }>(first.baseUrl, 'GET', '/api/editions?limit=1&depth=0')
    const write = await fetch(`${first.baseUrl}/api/speakers`, {
      method: 'POST',
      headers: { ...admin, Origin: ALLOWED_ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Listed-origin speaker', edition: editions.body.docs[0]?.id, role: 'keynote', _status: 'draft' }),
    })
    expect(write.status).toBe(201)
  })

  it('still treats an unlisted origin as an anonymous reader', async () => {
    const read = await get(first, '/api/editions?limit=1', { Origin: 'https://unlisted.example.org' })
    expect(read.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await fetch(`${first.baseUrl}/api/speakers`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://unlisted.example.org', 'Access-Control-Request-Method': 'PATCH' },
    })
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull()
  })
})
