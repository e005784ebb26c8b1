import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { TEST_ADMIN, login, request } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; title?: string }

let admin: Record<string, string>
let editionId: string
const created: string[] = []

beforeAll(async () => {
  admin = await login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
  const editions = await request<{ docs: Doc[] }>(baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
  const edition = editions.body.docs[0]
  if (!edition) throw new Error('no 2025 edition')
  editionId = edition.id
})

afterAll(async () => {
  for (const id of created) await request(baseUrl, 'DELETE', `/api/papers/${id}`, { headers: admin })
})

const paper = (label: string) => ({
  title: `Concurrent writers ${label}: synthetic scenes for rare classes`,
  authors: [{ name: `Writer ${label}` }],
  presentation: 'poster',
  edition: editionId,
  _status: 'published',
})

describe('concurrent writers', () => {
  // On SQLite, libsql waits for the write lock synchronously: a second writer froze the server and
  // failed with "database is locked" (503) while the first could not finish. 4 were enough.
  it('creates 24 published papers sent at once, every one of them', async () => {
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, index) => request<{ doc?: Doc }>(baseUrl, 'POST', '/api/papers', { headers: admin, body: paper(`create ${index}`) })),
    )
    for (const answer of answers) if (answer.body.doc) created.push(answer.body.doc.id)
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 24 }, () => 201))

    const listed = await request<{ totalDocs: number }>(baseUrl, 'GET', `/api/papers?where[title][like]=${encodeURIComponent('Concurrent writers create')}&limit=0`)
    expect(listed.body.totalDocs).toBe(24)
  })

  it('keeps every update when updates, creates and logins arrive together', async () => {
    const first = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/papers', { headers: admin, body: paper('target') })
    expect(first.status).toBe(201)
    created.push(first.body.doc.id)
    const target = first.body.doc.id

    const writes = [
      ...Array.from({ length: 8 }, (_, index) =>
        request(baseUrl, 'PATCH', `/api/papers/${target}`, { headers: admin, body: { title: `Concurrent writers target, revision ${index}` } }),
      ),
      ...Array.from({ length: 8 }, (_, index) => request<{ doc?: Doc }>(baseUrl, 'POST', '/api/papers', { headers: admin, body: paper(`mixed ${index}`) })),
      ...Array.from({ length: 4 }, () => request(baseUrl, 'POST', '/api/users/login', { body: TEST_ADMIN })),
    ]
    const answers = await Promise.all(writes)
    for (const answer of answers) {
      const doc = (answer.body as { doc?: Doc }).doc
      if (answer.status === 201 && doc) created.push(doc.id)
    }
    expect(answers.map((answer) => answer.status)).toEqual([...Array.from({ length: 8 }, () => 200), ...Array.from({ length: 8 }, () => 201), 200, 200, 200, 200])

    const after = await request<Doc>(baseUrl, 'GET', `/api/papers/${target}?depth=0`)
    expect(after.body.title).toMatch(/^Concurrent writers target, revision [0-7]$/)
  })
})
