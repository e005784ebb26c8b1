import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; slug?: string | null }

let admin: Record<string, string>
let editionId: string
const made: { collection: string; id: string }[] = []

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const editions = await request<{ docs: { id: string; isCurrent?: boolean }[] }>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0')
  const current = editions.body.docs[0]
  if (!current) throw new Error('no current edition')
  editionId = current.id
})

afterAll(async () => {
  for (const { collection, id } of made) await request(baseUrl, 'DELETE', `/api/${collection}/${id}?overrideLock=true`, { headers: admin })
})

/** What "Create new" leaves with autosave: a draft with its edition and nothing typed yet. */
async function untitledDraft(collection: 'speakers' | 'papers'): Promise<Doc> {
  const created = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}?draft=true`, { headers: admin, body: { edition: editionId, _status: 'draft' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  made.push({ collection, id: created.body.doc.id })
  return created.body.doc
}

async function previewLocation(collection: string, id: string): Promise<string> {
  const response = await fetch(`${baseUrl}/preview?collection=${collection}&id=${id}`, { headers: admin, redirect: 'manual' })
  expect(response.status).toBeGreaterThanOrEqual(300)
  expect(response.status).toBeLessThan(400)
  return response.headers.get('location') ?? ''
}

describe('live preview of work that has no title yet', () => {
  it('shows a new speaker where it will be listed, not /speakers/null', async () => {
    const speaker = await untitledDraft('speakers')
    expect(speaker.slug ?? null).toBeNull()
    const location = await previewLocation('speakers', speaker.id)
    expect(location).not.toMatch(/null|undefined/)
    expect(new URL(location, baseUrl).hash).toBe('#speakers')
    const page = await fetch(new URL(location, baseUrl), { headers: admin })
    expect(page.status).toBe(200)
  })

  it('shows a new paper on the papers listing, not /papers/null', async () => {
    const paper = await untitledDraft('papers')
    const location = await previewLocation('papers', paper.id)
    expect(location).not.toMatch(/null|undefined/)
    expect(new URL(location, baseUrl).pathname).toMatch(/^(?:\/\d{4})?\/papers$/)
    const page = await fetch(new URL(location, baseUrl), { headers: admin })
    expect(page.status).toBe(200)
  })
})
