import { beforeAll, describe, expect, inject, it } from 'vitest'

import { graphql, login, request, TEST_ADMIN } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let admin: Record<string, string>
let edition2025: Doc
let edition2024: Doc

async function count(collection: string, headers = admin): Promise<number> {
  const { body } = await request<List>(baseUrl, 'GET', `/api/${collection}?limit=0&draft=true`, { headers })
  return body.totalDocs
}

async function editionByYear(year: number): Promise<Doc> {
  const { body } = await request<List>(baseUrl, 'GET', `/api/editions?where[year][equals]=${year}&depth=0`)
  const edition = body.docs[0]
  if (!edition) throw new Error(`no ${year} edition`)
  return edition
}

beforeAll(async () => {
  admin = await login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
  edition2025 = await editionByYear(2025)
  edition2024 = await editionByYear(2024)
})

describe('reading the seeded workshop', () => {
  it('lists the five 2025 organizers over REST, filtered by the edition year', async () => {
    const { status, body } = await request<List>(
      baseUrl,
      'GET',
      '/api/organizers?where[edition.year][equals]=2025&sort=order&depth=1',
    )
    expect(status).toBe(200)
    expect(body.docs.map((doc) => doc.name)).toEqual([
      'Khoi Nguyen',
      'Anh Tuan Tran',
      'Binh Son Hua',
      'Supasorn Suwajanakorn',
      'Yi Zhou',
    ])
    expect((body.docs[2]?.affiliation as Doc).name).toBe('Trinity College Dublin')
  })

  it('returns the same organizers over GraphQL', async () => {
    const { status, body } = await graphql<{ Organizers: { docs: { name: string; affiliation: { name: string } }[] } }>(
      baseUrl,
      `query ($editionId: JSON) {
        Organizers(where: { edition: { equals: $editionId } }, sort: "order") { docs { name affiliation { name } } }
      }`,
      { editionId: edition2025.id },
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.Organizers.docs.map((doc) => doc.name)).toHaveLength(5)
    expect(body.data?.Organizers.docs[0]).toEqual({ name: 'Khoi Nguyen', affiliation: { name: 'VinAI Research' } })
  })

  it('uses string ids under every adapter', () => {
    expect(typeof edition2025.id).toBe('string')
    expect(edition2025.id).toMatch(/^[0-9a-f-]{20,}$/i)
  })

  it('answers /healthz with the database status', async () => {
    const { status, body } = await request<{ status: string; database: { status: string; kind: string } }>(
      baseUrl,
      'GET',
      '/healthz',
    )
    expect(status).toBe(200)
    expect(body.status).toBe('ok')
    expect(body.database).toMatchObject({ status: 'up', kind: inject('databaseKind') })
  })

  it('sends security headers with a content security policy', async () => {
    const { headers } = await request(baseUrl, 'GET', '/api/editions')
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('x-powered-by')).toBeNull()
  })

  it('asks for the colour-scheme hint on admin pages only, so a first visit to the site is one request', async () => {
    const site = await fetch(`${baseUrl}/`)
    expect(site.status).toBe(200)
    expect(site.headers.get('critical-ch')).toBeNull()
    expect(site.headers.get('accept-ch')).toBeNull()
    expect(site.headers.get('vary') ?? '').not.toMatch(/sec-ch-prefers-color-scheme/i)

    const admin = await fetch(`${baseUrl}/admin/login`)
    expect(admin.status).toBe(200)
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
    expect(admin.headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })
})

describe('access control', () => {
  it('hides drafts from anonymous readers, by id, in lists and with ?draft=true', async () => {
    const created = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers?draft=true', {
      headers: admin,
      body: { name: 'Draft Speaker', edition: edition2025.id, role: 'keynote', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const byId = await request(baseUrl, 'GET', `/api/speakers/${id}`)
    expect([403, 404]).toContain(byId.status)
    const byIdDraft = await request(baseUrl, 'GET', `/api/speakers/${id}?draft=true`)
    expect([403, 404]).toContain(byIdDraft.status)
    const list = await request<List>(baseUrl, 'GET', '/api/speakers?draft=true&limit=100')
    expect(list.body.docs.map((doc) => doc.id)).not.toContain(id)
    const gql = await graphql<{ Speakers: { docs: { id: string }[] } }>(baseUrl, '{ Speakers(draft: true, limit: 100) { docs { id } } }')
    expect(gql.body.data?.Speakers.docs.map((doc) => doc.id)).not.toContain(id)

    const asAdmin = await request<Doc>(baseUrl, 'GET', `/api/speakers/${id}?draft=true`, { headers: admin })
    expect(asAdmin.status).toBe(200)
    await request(baseUrl, 'DELETE', `/api/speakers/${id}`, { headers: admin })
  })

  it('denies anonymous writes', async () => {
    const before = await count('speakers')
    const { status } = await request(baseUrl, 'POST', '/api/speakers', {
      body: { name: 'Anonymous', edition: edition2025.id, role: 'keynote' },
    })
    expect(status).toBe(403)
    const patch = await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, { body: { tagline: 'defaced' } })
    expect(patch.status).toBe(403)
    expect(await count('speakers')).toBe(before)
    expect((await editionByYear(2025)).tagline).not.toBe('defaced')
  })

  it('lets admins create editors, and editors edit content but not users', async () => {
    const email = `editor-${Date.now()}@syntagen.test`
    const created = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/users', {
      headers: admin,
      body: { email, password: 'editor-password-123', roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    const editor = await login(baseUrl, email, 'editor-password-123')

    const usersBefore = await count('users')
    const asEditor = await request(baseUrl, 'POST', '/api/users', {
      headers: editor,
      body: { email: `sneaky-${Date.now()}@syntagen.test`, password: 'sneaky-password-123', roles: ['admin'] },
    })
    expect(asEditor.status).toBe(403)
    expect(await count('users')).toBe(usersBefore)

    const promote = await request<{ doc?: Doc }>(baseUrl, 'PATCH', `/api/users/${created.body.doc.id}`, {
      headers: editor,
      body: { roles: ['admin'] },
    })
    const reread = await request<Doc>(baseUrl, 'GET', `/api/users/${created.body.doc.id}`, { headers: admin })
    expect(reread.body.roles).toEqual(['editor'])
    expect([200, 403]).toContain(promote.status)

    const edit = await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}?draft=true`, {
      headers: editor,
      body: { tagline: edition2025.tagline },
    })
    expect(edit.status).toBe(200)
  })
})

describe('rejected input is explained and leaves the data unchanged', () => {
  async function expectRejected(
    collection: string,
    write: () => Promise<{ status: number; body: unknown }>,
    expectedMessage: RegExp,
  ) {
    const before = await request<List>(baseUrl, 'GET', `/api/${collection}?limit=0&draft=true&depth=0`, { headers: admin })
    const { status, body } = await write()
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(expectedMessage)
    const after = await request<List>(baseUrl, 'GET', `/api/${collection}?limit=0&draft=true&depth=0`, { headers: admin })
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
    return { before: before.body, after: after.body }
  }

  it('rejects a malformed URL', async () => {
    await expectRejected(
      'speakers',
      () =>
        request(baseUrl, 'POST', '/api/speakers', {
          headers: admin,
          body: { name: 'Bad Link', edition: edition2025.id, role: 'keynote', homepage: 'not a url', _status: 'published' },
        }),
      /not a web address/,
    )
  })

  it('rejects a malformed email and keeps the edition as it was', async () => {
    const { status, body } = await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, {
      headers: admin,
      body: { callForPapers: { contactEmail: 'organizers-at-example' }, tagline: 'should not be saved' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/not an email address/)
    expect((await editionByYear(2025)).tagline).not.toBe('should not be saved')
  })

  it('rejects a session that overlaps another in the same room', async () => {
    const { body } = await request<List>(baseUrl, 'GET', `/api/sessions?where[edition][equals]=${edition2024.id}&sort=start&limit=1`)
    const first = body.docs[0]
    expect(first).toBeDefined()
    await expectRejected(
      'sessions',
      () =>
        request(baseUrl, 'POST', '/api/sessions', {
          headers: admin,
          body: {
            title: 'Clashing talk',
            kind: 'invited-talk',
            start: first?.start,
            start_tz: 'America/Los_Angeles',
            durationMinutes: 20,
            edition: edition2024.id,
            _status: 'published',
          },
        }),
      /overlaps/,
    )
  })

  it('rejects a duplicate slug within an edition', async () => {
    const { body } = await request<List>(baseUrl, 'GET', `/api/speakers?where[edition][equals]=${edition2024.id}&limit=1`)
    const existing = body.docs[0]
    await expectRejected(
      'speakers',
      () =>
        request(baseUrl, 'POST', '/api/speakers', {
          headers: admin,
          body: { name: 'Someone Else', slug: existing?.slug, edition: edition2024.id, role: 'keynote', _status: 'published' },
        }),
      /already used in this edition/,
    )
  })

  it('rejects a photo without alt text', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    )
    await expectRejected(
      'media',
      async () => {
        const form = new FormData()
        form.append('file', new Blob([png], { type: 'image/png' }), 'no-alt.png')
        form.append('_payload', JSON.stringify({ alt: '' }))
        const response = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: admin, body: form })
        return { status: response.status, body: await response.json() }
      },
      /Alt text is required/,
    )
  })

  it('rejects a deadline without a time zone rule, and a named zone that does not exist', async () => {
    await expectRejected(
      'important-dates',
      () =>
        request(baseUrl, 'POST', '/api/important-dates', {
          headers: admin,
          body: { label: 'Rebuttal', due: '2025-03-01T12:00:00.000Z', kind: 'other', edition: edition2025.id, _status: 'published' },
        }),
      /Choose how this date is read/,
    )
    await expectRejected(
      'important-dates',
      () =>
        request(baseUrl, 'POST', '/api/important-dates', {
          headers: admin,
          body: {
            label: 'Rebuttal',
            due: '2025-03-01T12:00:00.000Z',
            readAs: 'zone',
            timeZone: 'Mars/Olympus_Mons',
            kind: 'other',
            edition: edition2025.id,
            _status: 'published',
          },
        }),
      /not an IANA time zone/,
    )
  })

  it('answers malformed JSON with 400 and a message, not 500', async () => {
    const { status, body } = await request(baseUrl, 'POST', '/api/speakers', { headers: admin, rawBody: '{"name": ' })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/JSON/)
  })
})

describe('exactly one current edition', () => {
  it('refuses to un-mark the current edition', async () => {
    const { status, body } = await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, {
      headers: admin,
      body: { isCurrent: false },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/mark another edition as current/)
    expect((await editionByYear(2025)).isCurrent).toBe(true)
  })

  it('moves the mark when another edition becomes current, and back', async () => {
    const moved = await request(baseUrl, 'PATCH', `/api/editions/${edition2024.id}`, { headers: admin, body: { isCurrent: true } })
    expect(moved.status).toBe(200)
    const current = await request<List>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true')
    expect(current.body.docs.map((doc) => doc.year)).toEqual([2024])
    await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, { headers: admin, body: { isCurrent: true } })
    const restored = await request<List>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true')
    expect(restored.body.docs.map((doc) => doc.year)).toEqual([2025])
  })

  it('refuses to delete the current edition', async () => {
    const { status } = await request(baseUrl, 'DELETE', `/api/editions/${edition2025.id}`, { headers: admin })
    expect(status).toBe(400)
    expect((await editionByYear(2025)).isCurrent).toBe(true)
  })
})
