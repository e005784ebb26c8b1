import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { TEST_ADMIN, login, request } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let admin: Record<string, string>
let edition2025: Doc
const cleanup: { collection: string; id: string }[] = []

async function list(route: string, headers: Record<string, string> = {}): Promise<Doc[]> {
  const { status, body } = await request<List>(baseUrl, 'GET', route, { headers })
  expect(status).toBe(200)
  return body.docs
}

async function currentEditionYear(): Promise<unknown> {
  return (await list('/api/editions?where[isCurrent][equals]=true&depth=0'))[0]?.year
}

async function create(collection: string, body: Record<string, unknown>, query = ''): Promise<Doc> {
  const { status, body: answer } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}${query}`, { headers: admin, body })
  expect(status, JSON.stringify(answer)).toBe(201)
  cleanup.push({ collection, id: answer.doc.id })
  return answer.doc
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return undefined
}

beforeAll(async () => {
  admin = await login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
  const editions = await list('/api/editions?where[year][equals]=2025&depth=0')
  if (!editions[0]) throw new Error('no 2025 edition')
  edition2025 = editions[0]
})

afterAll(async () => {
  for (const { collection, id } of cleanup.reverse()) {
    await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers: admin })
  }
})

describe('starting next year from this year', () => {
  it('refuses a bad or taken year with a message, and writes nothing', async () => {
    const before = (await request<List>(baseUrl, 'GET', '/api/editions?limit=0&draft=true', { headers: admin })).body.totalDocs
    const clone = (body: unknown, headers = admin) =>
      request<{ errors?: { message: string }[] }>(baseUrl, 'POST', `/api/editions/${edition2025.id}/clone`, { headers, body })

    const anonymous = await clone({ year: 2026 }, {})
    expect(anonymous.status).toBe(401)
    const notANumber = await clone({ year: 'next' })
    expect(notANumber.status).toBe(400)
    expect(notANumber.body.errors?.[0]?.message).toMatch(/year/i)
    expect((await clone({ year: 1999 })).status).toBe(400)
    const taken = await clone({ year: 2024 })
    expect(taken.status).toBe(422)
    expect(taken.body.errors?.[0]?.message).toContain('already a 2024 edition')

    const after = (await request<List>(baseUrl, 'GET', '/api/editions?limit=0&draft=true', { headers: admin })).body.totalDocs
    expect(after).toBe(before)
  })

  it('clones 2025 into a draft 2026 with its organizers and the dates one year later in their own zones', async () => {
    // 2025's seed has no important dates: three, each read in a different zone, around DST changes.
    const dates = [
      { label: 'Submission (AoE)', due: '2025-03-08T11:59:00.000Z', readAs: 'aoe', expected: '2026-03-08T11:59:00.000Z' },
      // 09:00 Chicago: standard time on 8 March 2025, daylight time on 8 March 2026.
      { label: 'Kick-off (venue)', due: '2025-03-08T15:00:00.000Z', readAs: 'venue', expected: '2026-03-08T14:00:00.000Z' },
      { label: 'Review (Berlin)', due: '2025-03-29T11:00:00.000Z', readAs: 'zone', timeZone: 'Europe/Berlin', expected: '2026-03-29T10:00:00.000Z' },
    ]
    for (const [order, { expected: _expected, ...date }] of dates.entries()) {
      await create('important-dates', { ...date, kind: 'other', order, edition: edition2025.id, _status: 'published' })
    }
    const organizers2025 = await list(`/api/organizers?where[edition][equals]=${edition2025.id}&sort=order&depth=0&limit=0`)
    expect(organizers2025.length).toBeGreaterThan(0)

    const { status, body } = await request<{ doc: Doc; copied: { organizers: number; importantDates: number } }>(
      baseUrl,
      'POST',
      `/api/editions/${edition2025.id}/clone`,
      { headers: admin, body: { year: 2026 } },
    )
    expect(status, JSON.stringify(body)).toBe(201)
    const edition2026 = body.doc
    cleanup.push({ collection: 'editions', id: edition2026.id })
    expect(body.copied).toEqual({ organizers: organizers2025.length, importantDates: dates.length })

    const [draft] = await list(`/api/editions?where[year][equals]=2026&draft=true&depth=0`, admin)
    expect(draft).toMatchObject({ name: 'SyntaGen 2026', _status: 'draft', isCurrent: false })
    expect((draft?.callForPapers as { topics: unknown[] }).topics.length).toBeGreaterThan(0)

    // Visitors see nothing of it, and 2025 is still the current edition.
    expect(await list('/api/editions?where[year][equals]=2026')).toHaveLength(0)
    expect(await currentEditionYear()).toBe(2025)

    const organizers2026 = await list(`/api/organizers?where[edition][equals]=${edition2026.id}&sort=order&depth=0&limit=0&draft=true`, admin)
    for (const organizer of organizers2026) cleanup.push({ collection: 'organizers', id: organizer.id })
    expect(organizers2026.map((doc) => [doc.name, doc.affiliation, doc._status])).toEqual(
      organizers2025.map((doc) => [doc.name, doc.affiliation, 'draft']),
    )

    const dates2026 = await list(`/api/important-dates?where[edition][equals]=${edition2026.id}&depth=0&limit=0&draft=true`, admin)
    for (const date of dates2026) cleanup.push({ collection: 'important-dates', id: date.id })
    expect(dates2026.every((date) => date._status === 'draft')).toBe(true)
    for (const date of dates) {
      expect(dates2026.find((copy) => copy.label === date.label)?.due, date.label).toBe(date.expected)
    }

    // Speakers, sessions and papers are not copied.
    for (const collection of ['speakers', 'sessions', 'papers']) {
      expect(await list(`/api/${collection}?where[edition][equals]=${edition2026.id}&limit=0&draft=true`, admin)).toHaveLength(0)
    }

    // Cloning into 2026 again is refused: the year is taken now.
    const again = await request(baseUrl, 'POST', `/api/editions/${edition2025.id}/clone`, { headers: admin, body: { year: 2026 } })
    expect(again.status).toBe(422)
  })
})

describe('exactly one current edition among published ones', () => {
  it('keeps 2025 current while a draft edition is marked current, and switches when it is published', async () => {
    const draft = await create('editions', { name: 'SyntaGen 2031', year: 2031, conference: 'CVPR', timeZone: 'UTC', isCurrent: true, _status: 'draft' }, '?draft=true')
    expect(await currentEditionYear()).toBe(2025)
    const home = await request<string>(baseUrl, 'GET', '/')
    expect(home.body).toContain('SyntaGen 2025')
    expect(home.body).not.toContain('SyntaGen 2031')
    const [still2025] = await list(`/api/editions?where[year][equals]=2025&depth=0`, admin)
    expect(still2025?.isCurrent).toBe(true)

    // Published as current, it takes over; 2025 is un-marked in the same change.
    const published = await request(baseUrl, 'PATCH', `/api/editions/${draft.id}`, { headers: admin, body: { _status: 'published', isCurrent: true } })
    expect(published.status).toBe(200)
    expect(await list('/api/editions?where[isCurrent][equals]=true&depth=0')).toHaveLength(1)
    expect(await currentEditionYear()).toBe(2031)

    const back = await request(baseUrl, 'PATCH', `/api/editions/${edition2025.id}`, { headers: admin, body: { isCurrent: true, _status: 'published' } })
    expect(back.status).toBe(200)
    expect(await currentEditionYear()).toBe(2025)
  })
})

describe('publishing when it is time', () => {
  it('publishes a never-published speaker at the scheduled time, on the server’s own jobs queue', async () => {
    await request(baseUrl, 'GET', '/') // the home page is cached before the publish
    const name = `Scheduled Speaker ${Date.now()}`
    const speaker = await create('speakers', { name, role: 'keynote', edition: edition2025.id, _status: 'draft' }, '?draft=true')
    expect((await request(baseUrl, 'GET', `/api/speakers/${speaker.id}`)).status).not.toBe(200)

    const past = await request(baseUrl, 'POST', `/api/speakers/${speaker.id}/schedule`, {
      headers: admin,
      body: { type: 'publish', at: new Date(Date.now() - 60_000).toISOString() },
    })
    expect(past.status).toBe(400)
    const at = new Date(Date.now() + 4_000)
    const scheduled = await request(baseUrl, 'POST', `/api/speakers/${speaker.id}/schedule`, {
      headers: admin,
      body: { type: 'publish', at: at.toISOString() },
    })
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201)
    const upcoming = await request<{ docs: { type: string; at: string }[] }>(baseUrl, 'GET', `/api/speakers/${speaker.id}/schedule`, { headers: admin })
    expect(upcoming.body.docs).toEqual([expect.objectContaining({ type: 'publish', at: at.toISOString() })])

    const visible = await waitFor(async () => {
      const { status, body } = await request<Doc>(baseUrl, 'GET', `/api/speakers/${speaker.id}`)
      return status === 200 ? body : undefined
    }, 30_000)
    expect(visible?._status).toBe('published')
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
    // The cached home page was refreshed by the publish, though no request was around it.
    expect(await waitFor(async () => ((await request<string>(baseUrl, 'GET', '/')).body.includes(name) ? true : undefined), 10_000)).toBe(true)
  })
})

describe('autosave', () => {
  it('saves drafts without counting them as calendar changes; publishing counts once', async () => {
    const session = await create('sessions', {
      title: `Autosaved ${Date.now()}`,
      kind: 'other',
      start: '2025-06-11T22:00:00.000Z',
      durationMinutes: 5,
      room: `Autosave room ${Date.now()}`,
      edition: edition2025.id,
      _status: 'published',
    })
    expect(session.sequence).toBe(0)
    for (const title of ['Autosaved once', 'Autosaved twice']) {
      const saved = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/sessions/${session.id}?draft=true&autosave=true`, {
        headers: admin,
        body: { title, _status: 'draft' },
      })
      expect(saved.status).toBe(200)
    }
    const [latest] = await list(`/api/sessions?where[id][equals]=${session.id}&draft=true&depth=0`, admin)
    expect(latest).toMatchObject({ title: 'Autosaved twice', sequence: 0 })
    const published = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/sessions/${session.id}`, { headers: admin, body: { _status: 'published' } })
    expect(published.body.doc).toMatchObject({ title: 'Autosaved twice', sequence: 1 })
  })
})
