import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { sendBadInput } from '../helpers/badInput'
import { type BadInputContext, badInputCases } from '../fixtures/bad-input/cases'

const baseUrl = inject('baseUrl')
let context: BadInputContext

// The corpus PATCHes an edition with bodies that carry stray fields beside a valid `name`: a
// throwaway edition takes those writes, so the seeded editions other test files read stay as seeded.
let throwawayEditionId = ''

beforeAll(async () => {
  const admin = await adminHeaders(baseUrl)
  const created = await request<{ doc?: { id: string } }>(baseUrl, 'POST', '/api/editions', {
    headers: admin,
    body: { name: 'Bad input target', year: 2087, conference: 'CVPR', timeZone: 'UTC' },
  })
  if (!created.body.doc) throw new Error(`could not create the corpus's edition: ${JSON.stringify(created.body)}`)
  throwawayEditionId = created.body.doc.id
  context = { editionId: throwawayEditionId, admin }
})

afterAll(async () => {
  if (throwawayEditionId) await request(baseUrl, 'DELETE', `/api/editions/${throwawayEditionId}`, { headers: context.admin })
})

describe('the bad-input corpus', () => {
  it('answers every request without a 5xx, and every JSON refusal with a readable message', async () => {
    const cases = badInputCases(context)
    expect(cases.length).toBeGreaterThan(500)
    const problems: string[] = []
    const groups = new Set<string>()
    for (const testCase of cases) {
      groups.add(testCase.group)
      const result = await sendBadInput(baseUrl, testCase, context)
      if (result.problem) problems.push(`[${testCase.group}] ${testCase.name}: ${result.problem}`)
    }
    expect(problems).toEqual([])
    expect([...groups].sort()).toEqual(
      ['bodies', 'graphql', 'ids', 'internal', 'limit, page, depth', 'limits', 'media', 'pages and feeds', 'paths', 'redirects', 'relations', 'rich text', 'uploads', 'where'].sort(),
    )
  }, 600_000)

  it('answers 404 for the file of a deleted media document, directly and through the image optimizer', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366cc' } }).png().toBuffer()
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `deleted-${Date.now()}.png`)
    form.set('_payload', JSON.stringify({ alt: 'A blue square that is about to be deleted' }))
    const created = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: context.admin, body: form })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string; url: string } }
    const fileUrl = new URL(doc.url, baseUrl).pathname
    expect((await fetch(`${baseUrl}${fileUrl}`)).status).toBe(200)
    expect((await request(baseUrl, 'DELETE', `/api/media/${doc.id}`, { headers: context.admin })).status).toBe(200)
    const direct = await request(baseUrl, 'GET', fileUrl)
    expect(direct.status).toBe(404)
    expect(JSON.stringify(direct.body)).toMatch(/no such media file/)
    const optimized = await fetch(`${baseUrl}/_next/image?url=${encodeURIComponent(fileUrl)}&w=640&q=75`)
    expect(optimized.status).toBe(404)
  })

  it('reports GraphQL client errors with a 4xx statusCode, never 500', async () => {
    const branches = Array.from({ length: 150 }, (_, index) => `{ title: { equals: "x${index}" } }`).join(' ')
    const { status, body } = await request<{ errors?: { message: string; extensions?: { statusCode?: number } }[] }>(baseUrl, 'POST', '/api/graphql', {
      body: { query: `{ Papers(where: { OR: [${branches}] }) { docs { title } } }` },
    })
    expect(status).toBeLessThan(500)
    expect(body.errors?.[0]?.message).toMatch(/more than 100 conditions/)
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(400)
  })
})
