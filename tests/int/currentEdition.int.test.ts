import { beforeAll, describe, expect, inject, it } from 'vitest'

import { login, request, TEST_ADMIN } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }
type ErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }

const REFUSAL = 'This is the current edition: mark another edition as current first.'

let admin: Record<string, string>
let edition2025: Doc

/** The edition as visitors see it: the published document. */
async function published2025(): Promise<Doc | undefined> {
  const { body } = await request<List>(baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
  return body.docs[0]
}

/** A refusal the admin shows on "Is Current" and a script reads as a message: 400, never 5xx. */
function expectRefusal(status: number, body: ErrorBody): void {
  expect(status).toBe(400)
  expect(body.errors?.[0]?.message).toBe(REFUSAL)
  expect(body.errors?.[0]?.data?.errors).toEqual([{ path: 'isCurrent', message: REFUSAL }])
}

beforeAll(async () => {
  admin = await login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
  const current = await published2025()
  if (!current) throw new Error('no 2025 edition')
  edition2025 = current
  expect(edition2025).toMatchObject({ isCurrent: true, _status: 'published' })
})

describe('the current edition stays published and present', () => {
  it('refuses to unpublish it, and it stays published and current', async () => {
    const { status, body } = await request<ErrorBody>(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, {
      headers: admin,
      body: { _status: 'draft' },
    })
    expectRefusal(status, body)
    expect(await published2025()).toMatchObject({ id: edition2025.id, isCurrent: true, _status: 'published' })
  })

  it('refuses to unpublish it in a bulk update too, writing nothing', async () => {
    const { status, body } = await request<ErrorBody>(baseUrl, 'PATCH', `/api/editions?where[year][in]=2024,2025`, {
      headers: admin,
      body: { _status: 'draft' },
    })
    expectRefusal(status, body)
    expect(await published2025()).toMatchObject({ isCurrent: true, _status: 'published' })
    const { body: list } = await request<List>(baseUrl, 'GET', '/api/editions?where[year][equals]=2024&depth=0')
    expect(list.docs[0]?._status).toBe('published')
  })

  it('still saves a draft of it: the published edition is left as it is', async () => {
    const draft = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/editions/${edition2025.id}?draft=true`, {
      headers: admin,
      body: { tagline: edition2025.tagline ?? null, _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect(await published2025()).toMatchObject({ isCurrent: true, _status: 'published' })
    // Publish the unchanged draft again, so the latest version is the published one, as before.
    const republished = await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, { headers: admin, body: { _status: 'published' } })
    expect(republished.status).toBe(200)
  })

  it('refuses to delete it, with the same message', async () => {
    const { status, body } = await request<ErrorBody>(baseUrl, 'DELETE', `/api/editions/${edition2025.id}`, { headers: admin })
    expectRefusal(status, body)
    expect(await published2025()).toMatchObject({ isCurrent: true, _status: 'published' })
  })

  it('unpublishes an edition that is not current', async () => {
    const created = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/editions', {
      headers: admin,
      body: { name: 'SyntaGen 2039', year: 2039, conference: 'CVPR', timeZone: 'UTC', _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    try {
      const unpublished = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/editions/${id}`, { headers: admin, body: { _status: 'draft' } })
      expect(unpublished.status).toBe(200)
      const { body } = await request<List>(baseUrl, 'GET', `/api/editions?where[id][equals]=${id}&depth=0`)
      expect(body.docs).toEqual([])
    } finally {
      await request(baseUrl, 'DELETE', `/api/editions/${id}`, { headers: admin })
    }
  })
})
