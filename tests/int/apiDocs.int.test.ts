import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { docExamples, runExample } from '../helpers/docExamples'
import { createIntegration } from '../helpers/integrations'

/** Runs the worked examples of docs/api.md, as written, against the running server. */
const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }

let admin: Record<string, string>
let currentEdition: Doc
const orals = ['Aardvark diffusion: an oral', 'Zebra segmentation from synthetic data']
/** 2025's program is not out yet in the seed; the schedule examples read 2024's. */
const SCHEDULED_YEAR = 2024
const talks = ['Winning entry: synthetic crowds', 'Runner-up: diffusion for depth']

async function create(collection: string, body: Record<string, unknown>): Promise<Doc> {
  const { status, body: created } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}`, { headers: admin, body })
  if (status !== 201) throw new Error(`creating a ${collection} failed with ${status}: ${JSON.stringify(created)}`)
  return created.doc
}

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const editions = await request<{ docs: Doc[] }>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0')
  currentEdition = editions.body.docs[0] as Doc
  // The seed has no papers: two orals, a poster and a draft oral in the current edition…
  for (const title of [...orals].reverse()) {
    await create('papers', {
      title,
      authors: [{ name: 'Ada Example', affiliation: 'Example University' }, { name: 'Bo Sample' }],
      presentation: 'oral',
      edition: currentEdition.id,
      _status: 'published',
    })
  }
  await create('papers', { title: 'A poster', authors: [{ name: 'Cy Poster' }], presentation: 'poster', edition: currentEdition.id, _status: 'published' })
  await create('papers?draft=true', { title: 'A draft oral', authors: [{ name: 'Dee Draft' }], presentation: 'oral', edition: currentEdition.id, _status: 'draft' })
  // …and two talks in 2024's first session.
  const scheduled = await request<{ docs: Doc[] }>(baseUrl, 'GET', `/api/editions?where[year][equals]=${SCHEDULED_YEAR}&depth=0`)
  const scheduledEdition = scheduled.body.docs[0] as Doc
  const papers = []
  for (const title of talks) {
    papers.push(
      await create('papers', {
        title,
        authors: [{ name: 'Ada Example', affiliation: 'Example University' }],
        presentation: 'oral',
        edition: scheduledEdition.id,
        _status: 'published',
      }),
    )
  }
  const sessions = await request<{ docs: Doc[] }>(baseUrl, 'GET', `/api/sessions?where[edition][equals]=${scheduledEdition.id}&sort=start&depth=0&limit=100`)
  const session = sessions.body.docs[0] as Doc
  const patched = await request(baseUrl, 'PATCH', `/api/sessions/${session.id}`, {
    headers: admin,
    body: { papers: papers.map((paper) => paper.id), _status: 'published' },
  })
  expect(patched.status).toBe(200)
})

describe('docs/api.md', () => {
  it('has every worked example the issue asks for', () => {
    expect([...docExamples().keys()].sort()).toEqual(
      ['api-key', 'conditional-get', 'graphql-nested', 'orals', 'schedule', 'schedule-json'].sort(),
    )
  })

  it('lists the orals of the current edition', async () => {
    const result = await runExample<{ title: string; authors: string[] }[]>('orals', baseUrl)
    expect(result.map((paper) => paper.title)).toEqual(orals)
    expect(result[0]?.authors).toEqual(['Ada Example', 'Bo Sample'])
  })

  it('lists the schedule in time order with speakers populated', async () => {
    const result = await runExample<{ start: string; title: string; speakers: string[] }[]>('schedule', baseUrl, SCHEDULED_YEAR)
    expect(result.length).toBeGreaterThan(3)
    const starts = result.map((session) => Date.parse(session.start))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    const withSpeakers = result.filter((session) => session.speakers.length > 0)
    expect(withSpeakers.length).toBeGreaterThan(0)
    for (const session of withSpeakers) for (const speaker of session.speakers) expect(typeof speaker).toBe('string')
  })

  it('runs the nested GraphQL query: sessions → papers → authors', async () => {
    const result = await runExample<{ title: string; papers: { title: string; authors: { name: string }[] }[] }[]>(
      'graphql-nested',
      baseUrl,
      SCHEDULED_YEAR,
    )
    expect(result).toHaveLength(1)
    expect(result[0]?.papers.map((paper) => paper.title).sort()).toEqual([...talks].sort())
    expect(result[0]?.papers[0]?.authors[0]).toEqual({ name: 'Ada Example', affiliation: 'Example University' })
  })

  it('fetches with an API key', async () => {
    const integration = await createIntegration(baseUrl, admin, 'Docs example')
    expect(await runExample('api-key', baseUrl, integration.key)).toEqual({ status: 200, count: 5 })
    await request(baseUrl, 'PATCH', `/api/integrations/${integration.id}`, { headers: admin, body: { active: false } })
    await expect(runExample('api-key', baseUrl, integration.key)).rejects.toThrow(/revoked/)
  })

  it('revalidates with a conditional GET', async () => {
    type Speakers = { etag: string; names: string[]; changed: boolean }
    const first = await runExample<Speakers>('conditional-get', baseUrl, undefined)
    expect(first.changed).toBe(true)
    expect(first.names.length).toBeGreaterThan(0)
    const second = await runExample<Speakers>('conditional-get', baseUrl, first)
    expect(second).toEqual({ ...first, changed: false })
    await create('speakers', { name: 'Newly Announced', edition: currentEdition.id, role: 'keynote', _status: 'published' })
    const third = await runExample<Speakers>('conditional-get', baseUrl, second)
    expect(third.changed).toBe(true)
    expect(third.names).toContain('Newly Announced')
  })
})
