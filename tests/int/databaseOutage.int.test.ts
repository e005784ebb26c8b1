import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { withPostgresAdmin } from '../helpers/database'
import { type EmptyPortal, startEmptyPortal } from '../helpers/emptyServer'

/**
 * Writes while the database is unreachable (issue 8): a 503 with a message a person understands and
 * a Retry-After, never Payload's "Something went wrong." 500; and writes work again once it is back,
 * with no restart. A real PostgreSQL database of the test's own is made unavailable: it stops
 * accepting connections (for superusers too, unlike CONNECTION LIMIT) and its sessions are ended.
 */
const kind = inject('databaseKind')

describe.skipIf(kind !== 'postgres')('writes during a database outage', () => {
  let portal: EmptyPortal
  let admin: Record<string, string>
  let database: string

  const setConnections = (allowed: boolean) =>
    withPostgresAdmin(async (client) => {
      await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS ${allowed}`)
      if (!allowed) await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database])
    })

  const createAffiliation = () =>
    request<{ errors?: { message: string }[] }>(portal.baseUrl, 'POST', '/api/affiliations', {
      body: { name: `Outage ${randomUUID()}` },
      headers: admin,
    })

  beforeAll(async () => {
    portal = await startEmptyPortal('postgres')
    database = new URL(portal.databaseUrl).pathname.slice(1)
    admin = await adminHeaders(portal.baseUrl)
    expect((await createAffiliation()).status).toBe(201)
  })

  afterAll(async () => {
    if (database) await setConnections(true).catch(() => undefined)
    await portal?.stop()
  })

  it('answers 503 with a message and Retry-After, then accepts writes again once the database is back', async () => {
    await setConnections(false)
    try {
      for (let i = 0; i < 3; i++) {
        const refused = await createAffiliation()
        expect(refused.status, JSON.stringify(refused.body)).toBe(503)
        expect(refused.body.errors?.[0]?.message).toMatch(/database is unavailable/i)
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      }
      const update = await request(portal.baseUrl, 'PATCH', '/api/affiliations?where[name][equals]=x', { body: { name: 'y' }, headers: admin })
      expect(update.status).toBe(503)
      expect((await request(portal.baseUrl, 'GET', '/healthz')).status).toBe(503)
    } finally {
      await setConnections(true)
    }
    let status = 0
    for (let i = 0; i < 50 && status !== 201; i++) {
      status = (await createAffiliation()).status
      if (status !== 201) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(status).toBe(201)
  })
})
