import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, graphql, login, request } from '../helpers/api'
import { createIntegration, type Integration, keyHeaders } from '../helpers/integrations'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let admin: Record<string, string>
let integration: Integration
let editionId: string
let draftSpeakerId: string

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  integration = await createIntegration(baseUrl, admin, 'Contract tests')
  const editions = await request<List>(baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
  editionId = editions.body.docs[0]?.id ?? ''
  const draft = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers?draft=true', {
    headers: admin,
    body: { name: 'Unannounced Keynote', edition: editionId, role: 'keynote', _status: 'draft' },
  })
  expect(draft.status).toBe(201)
  draftSpeakerId = draft.body.doc.id
})

describe('an integration key reads what visitors read', () => {
  it('reads published documents over REST, the same list an anonymous visitor gets', async () => {
    const withKey = await request<List>(baseUrl, 'GET', '/api/speakers?limit=100&depth=0&sort=name', { headers: integration.headers })
    const anonymous = await request<List>(baseUrl, 'GET', '/api/speakers?limit=100&depth=0&sort=name')
    expect(withKey.status).toBe(200)
    expect(withKey.body.totalDocs).toBeGreaterThan(0)
    expect(withKey.body.docs.map((doc) => doc.id)).toEqual(anonymous.body.docs.map((doc) => doc.id))
  })

  it('reads over GraphQL', async () => {
    const { status, body } = await graphql<{ Speakers: { docs: { id: string }[] } }>(
      baseUrl,
      '{ Speakers(limit: 100) { docs { id } } }',
      {},
      integration.headers,
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.Speakers.docs.length).toBeGreaterThan(0)
  })

  it('never sees a draft: by id, in lists, with draft=true, or over GraphQL', async () => {
    const byId = await request(baseUrl, 'GET', `/api/speakers/${draftSpeakerId}?draft=true`, { headers: integration.headers })
    expect([403, 404]).toContain(byId.status)
    const list = await request<List>(baseUrl, 'GET', '/api/speakers?draft=true&limit=100', { headers: integration.headers })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => doc.id)).not.toContain(draftSpeakerId)
    const gql = await graphql<{ Speakers: { docs: { id: string }[] } }>(
      baseUrl,
      '{ Speakers(draft: true, limit: 100) { docs { id } } }',
      {},
      integration.headers,
    )
    expect(gql.body.data?.Speakers.docs.map((doc) => doc.id)).not.toContain(draftSpeakerId)
    const versions = await request<List>(baseUrl, 'GET', '/api/speakers/versions?limit=100', { headers: integration.headers })
    expect(JSON.stringify(versions.body)).not.toContain('Unannounced Keynote')
    // The admin sees it, so the draft really is there.
    const asAdmin = await request<Doc>(baseUrl, 'GET', `/api/speakers/${draftSpeakerId}?draft=true`, { headers: admin })
    expect(asAdmin.body.name).toBe('Unannounced Keynote')
  })

  it('cannot read accounts or integrations, and cannot enter draft preview', async () => {
    expect((await request(baseUrl, 'GET', '/api/users', { headers: integration.headers })).status).toBe(403)
    expect((await request(baseUrl, 'GET', '/api/integrations', { headers: integration.headers })).status).toBe(403)
    const preview = await fetch(`${baseUrl}/preview?path=%2F`, { headers: integration.headers, redirect: 'manual' })
    expect(preview.status).toBe(401)
    expect(preview.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
  })
})

describe('an integration key never writes', () => {
  it('gets 403 creating, updating or deleting over REST, and nothing changes', async () => {
    const before = await request<List>(baseUrl, 'GET', '/api/speakers?limit=0&draft=true', { headers: admin })
    const create = await request(baseUrl, 'POST', '/api/speakers', {
      headers: integration.headers,
      body: { name: 'Injected', edition: editionId, role: 'keynote', _status: 'published' },
    })
    expect(create.status).toBe(403)
    const update = await request(baseUrl, 'PATCH', `/api/editions/${editionId}`, { headers: integration.headers, body: { tagline: 'defaced' } })
    expect(update.status).toBe(403)
    const remove = await request(baseUrl, 'DELETE', `/api/speakers/${draftSpeakerId}`, { headers: integration.headers })
    expect(remove.status).toBe(403)
    const site = await request(baseUrl, 'POST', '/api/globals/site', { headers: integration.headers, body: { siteName: 'defaced' } })
    expect(site.status).toBe(403)
    const selfPromotion = await request(baseUrl, 'PATCH', `/api/integrations/${integration.id}`, {
      headers: integration.headers,
      body: { name: 'renamed by itself' },
    })
    expect(selfPromotion.status).toBe(403)

    const after = await request<List>(baseUrl, 'GET', '/api/speakers?limit=0&draft=true', { headers: admin })
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
    const edition = await request<Doc>(baseUrl, 'GET', `/api/editions/${editionId}`, { headers: admin })
    expect(edition.body.tagline).not.toBe('defaced')
    const siteNow = await request<Doc>(baseUrl, 'GET', '/api/globals/site')
    expect(siteNow.body.siteName).not.toBe('defaced')
  })

  it('gets an error for a GraphQL mutation, and nothing changes', async () => {
    const { body } = await graphql<{ createSpeaker: Doc | null }>(
      baseUrl,
      'mutation ($edition: String) { createSpeaker(data: { name: "Injected by GraphQL", slug: "injected-by-graphql", edition: $edition, role: keynote }) { id } }',
      { edition: editionId },
      integration.headers,
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    const list = await request<List>(baseUrl, 'GET', '/api/speakers?where[name][equals]=Injected by GraphQL&draft=true', { headers: admin })
    expect(list.body.totalDocs).toBe(0)
  })
})

describe('revoking and rotating keys', () => {
  it('answers 401 to a key that never existed, over REST and GraphQL', async () => {
    const unknown = keyHeaders(randomBytes(24).toString('hex'))
    const rest = await request<{ errors: { message: string }[] }>(baseUrl, 'GET', '/api/papers?limit=1', { headers: unknown })
    expect(rest.status).toBe(401)
    expect(rest.body.errors[0]?.message).toMatch(/API key is not valid/)
    expect((await graphql(baseUrl, '{ Papers(limit: 1) { docs { id } } }', {}, unknown)).status).toBe(401)
  })

  it('answers 401 on the next request after an admin revokes the key; a new key re-activates it', async () => {
    const revocable = await createIntegration(baseUrl, admin, 'Revoked soon')
    expect((await request(baseUrl, 'GET', '/api/papers?limit=1', { headers: revocable.headers })).status).toBe(200)

    const revoked = await request(baseUrl, 'PATCH', `/api/integrations/${revocable.id}`, { headers: admin, body: { active: false } })
    expect(revoked.status).toBe(200)
    expect((await request(baseUrl, 'GET', '/api/papers?limit=1', { headers: revocable.headers })).status).toBe(401)
    expect((await request(baseUrl, 'GET', '/api/papers?limit=1&depth=0', { headers: revocable.headers })).status).toBe(401)
    expect((await graphql(baseUrl, '{ Papers(limit: 1) { docs { id } } }', {}, revocable.headers)).status).toBe(401)

    // Rotating: a new key, the old one stays dead.
    const newKey = randomBytes(24).toString('hex')
    const rotated = await request(baseUrl, 'PATCH', `/api/integrations/${revocable.id}`, {
      headers: admin,
      body: { active: true, enableAPIKey: true, apiKey: newKey },
    })
    expect(rotated.status).toBe(200)
    expect((await request(baseUrl, 'GET', '/api/papers?limit=1', { headers: keyHeaders(newKey) })).status).toBe(200)
    expect((await request(baseUrl, 'GET', '/api/papers?limit=1', { headers: revocable.headers })).status).toBe(401)
  })

  it('lets only admins manage integrations: editors get 403', async () => {
    const email = `integrations-editor-${Date.now()}@syntagen.test`
    const created = await request(baseUrl, 'POST', '/api/users', {
      headers: admin,
      body: { email, password: 'editor-password-123', roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    const editor = await login(baseUrl, email, 'editor-password-123')
    expect((await request(baseUrl, 'GET', '/api/integrations', { headers: editor })).status).toBe(403)
    const create = await request(baseUrl, 'POST', '/api/integrations', { headers: editor, body: { name: 'sneaky', enableAPIKey: true } })
    expect(create.status).toBe(403)
    // …while editors still write content, so the stricter rules did not lock staff out.
    const speaker = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers', {
      headers: editor,
      body: { name: 'Editor-made speaker', edition: editionId, role: 'keynote', _status: 'draft' },
    })
    expect(speaker.status).toBe(201)
  })
})
