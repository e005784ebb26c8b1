import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { login, request, TEST_ADMIN } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let admin: Record<string, string>
let edition2025: Doc
let edition2024: Doc
const created: { collection: string; id: string }[] = []

async function editionByYear(year: number): Promise<Doc> {
  const { body } = await request<List>(baseUrl, 'GET', `/api/editions?where[year][equals]=${year}&depth=0`)
  const edition = body.docs[0]
  if (!edition) throw new Error(`no ${year} edition`)
  return edition
}

async function create(collection: string, data: Record<string, unknown>): Promise<Doc> {
  const { status, body } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}`, { headers: admin, body: data })
  if (status !== 201) throw new Error(`creating a ${collection} record failed with ${status}: ${JSON.stringify(body)}`)
  created.push({ collection, id: body.doc.id })
  return body.doc
}

beforeAll(async () => {
  admin = await login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
  edition2025 = await editionByYear(2025)
  edition2024 = await editionByYear(2024)
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers: admin })
})

describe('zones written over the API agree with the admin', () => {
  it("names the edition's venue zone beside a session's start, whatever the client sent", async () => {
    const session = await create('sessions', {
      title: 'Zone companion check',
      kind: 'other',
      room: 'Int room',
      start: '2025-06-13T14:00:00.000Z',
      start_tz: 'Asia/Tokyo',
      durationMinutes: 30,
      edition: edition2025.id,
      _status: 'published',
    })
    expect(session.start).toBe('2025-06-13T14:00:00.000Z')
    expect(session.start_tz).toBe('America/Chicago')
    expect(session.end).toBe('2025-06-13T14:30:00.000Z')
  })

  it("follows a deadline's read-as rule in due_tz, and drops a named zone the rule does not use", async () => {
    const aoe = await create('important-dates', {
      label: 'AoE rule check',
      due: '2025-03-08T11:59:00.000Z',
      due_tz: 'America/Los_Angeles',
      readAs: 'aoe',
      timeZone: 'Europe/Paris',
      kind: 'other',
      edition: edition2025.id,
      _status: 'published',
    })
    expect(aoe).toMatchObject({ due_tz: 'Etc/GMT+12', timeZone: null })

    const venue = await create('important-dates', {
      label: 'Venue rule check',
      due: '2025-06-12T05:00:00.000Z',
      readAs: 'venue',
      kind: 'workshop',
      edition: edition2025.id,
      _status: 'published',
    })
    expect(venue.due_tz).toBe('America/Chicago')

    const { body } = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/important-dates/${venue.id}`, {
      headers: admin,
      body: { readAs: 'zone', timeZone: 'Europe/Paris' },
    })
    expect(body.doc).toMatchObject({ due_tz: 'Europe/Paris', timeZone: 'Europe/Paris', due: '2025-06-12T05:00:00.000Z' })
  })
})

describe('less typing, fewer wrong records', () => {
  it('puts a new record in the current edition when none is given', async () => {
    const speaker = await create('speakers', { name: 'Edition Default', role: 'keynote', _status: 'published' })
    const edition = typeof speaker.edition === 'object' && speaker.edition ? (speaker.edition as Doc).id : speaker.edition
    expect(edition).toBe(edition2025.id)
  })

  it('adds https:// to an address typed without a scheme, and still rejects what is no address', async () => {
    const speaker = await create('speakers', {
      name: 'Schemeless Homepage',
      homepage: 'example.org/~ada',
      role: 'keynote',
      edition: edition2025.id,
      _status: 'published',
    })
    expect(speaker.homepage).toBe('https://example.org/~ada')

    const rejected = await request(baseUrl, 'POST', '/api/speakers', {
      headers: admin,
      body: { name: 'Bad Link', homepage: 'not a url', role: 'keynote', edition: edition2025.id },
    })
    expect(rejected.status).toBe(400)
    expect(JSON.stringify(rejected.body)).toMatch(/not a web address/)
    expect(JSON.stringify(rejected.body)).toMatch(/"path":"homepage"/)
  })

  it('duplicates a paper into a publishable copy: a new slug, no OpenReview id', async () => {
    const paper = await create('papers', {
      title: 'Synthetic Data for Duplicates',
      slug: 'synthetic-data-for-duplicates',
      openReviewId: 'dupCheck12345',
      authors: [{ name: 'Ada Lovelace' }],
      edition: edition2024.id,
      _status: 'published',
    })
    const first = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/papers/${paper.id}/duplicate`, { headers: admin, body: {} })
    expect(first.status).toBe(200)
    created.push({ collection: 'papers', id: first.body.doc.id })
    expect(first.body.doc).toMatchObject({ slug: 'synthetic-data-for-duplicates-copy', openReviewId: null })

    const second = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/papers/${paper.id}/duplicate`, { headers: admin, body: {} })
    expect(second.status).toBe(200)
    created.push({ collection: 'papers', id: second.body.doc.id })
    expect(second.body.doc.slug).toBe('synthetic-data-for-duplicates-copy-2')

    const published = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/papers/${first.body.doc.id}`, {
      headers: admin,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
  })
})

describe('users are for admins', () => {
  it('lets an editor read and edit only their own account', async () => {
    const email = `own-account-${Date.now()}@syntagen.test`
    const account = await create('users', { email, password: 'editor-password-123', roles: ['editor'] })
    const editor = await login(baseUrl, email, 'editor-password-123')

    const list = await request<List>(baseUrl, 'GET', '/api/users?limit=100', { headers: editor })
    expect(list.body.docs.map((user) => user.email)).toEqual([email])
    const me = await request<{ user: Doc | null }>(baseUrl, 'GET', '/api/users/me', { headers: editor })
    expect(me.body.user?.email).toBe(email)
    const renamed = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/users/${account.id}`, {
      headers: editor,
      body: { name: 'Renamed Editor' },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.name).toBe('Renamed Editor')

    const { body: admins } = await request<List>(baseUrl, 'GET', `/api/users?where[email][equals]=${TEST_ADMIN.email}`, {
      headers: admin,
    })
    const other = await request(baseUrl, 'GET', `/api/users/${admins.docs[0]?.id}`, { headers: editor })
    expect([403, 404]).toContain(other.status)
  })
})
