/**
 * /schedule.ics narrowed to a visitor's starred sessions and papers (My schedule): the same events
 * as the full calendar, UIDs included, and a readable 400 for ids that are malformed, unknown,
 * unpublished or too many. Against the real server and database of this project (SQLite or
 * PostgreSQL), through a real iCalendar parser.
 */
import ical, { type VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { MAX_SELECTION_ITEMS } from '../../src/lib/mySchedule/selection'
import { adminHeaders, request } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[] }

let admin: Record<string, string>
let edition2024: Doc
let sessions: Doc[]
const created: { collection: string; id: string }[] = []
const restore: { id: string; papers: string[] }[] = []

async function create(collection: string, data: Record<string, unknown>, draft = false): Promise<Doc> {
  const { status, body } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}${draft ? '?draft=true' : ''}`, {
    body: { ...data, _status: draft ? 'draft' : 'published' },
    headers: admin,
  })
  if (status !== 201) throw new Error(`creating a ${collection} answered ${status}: ${JSON.stringify(body)}`)
  created.push({ collection, id: body.doc.id })
  return body.doc
}

async function calendar(route: string): Promise<{ events: VEvent[]; text: string }> {
  const response = await fetch(`${baseUrl}${route}`)
  const text = await response.text()
  expect(response.status, `${route}: ${text}`).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
  const events = Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === 'VEVENT')
  return { events, text }
}

async function refused(route: string): Promise<string> {
  const response = await fetch(`${baseUrl}${route}`)
  const text = await response.text()
  expect(response.status, `${route}: ${text}`).toBe(400)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
  return text
}

const sessionTitled = (title: string): Doc => {
  const session = sessions.find((candidate) => String(candidate.title).startsWith(title))
  if (!session) throw new Error(`no 2024 session "${title}"`)
  return session
}

/** Each VEVENT block as text, keyed by UID: the starred calendar must carry the very same events. */
function eventBlocks(text: string): Map<string, string> {
  const blocks = text.replace(/\r\n[ \t]/g, '').split('BEGIN:VEVENT').slice(1)
  return new Map(blocks.map((block) => [/\r\nUID:(.+)\r\n/.exec(block)?.[1] ?? '', block.split('END:VEVENT')[0]!]))
}

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const editions = await request<List>(baseUrl, 'GET', '/api/editions?where[year][equals]=2024&depth=0')
  edition2024 = editions.body.docs[0]!
  const found = await request<List>(baseUrl, 'GET', `/api/sessions?where[edition][equals]=${edition2024.id}&limit=0&depth=0`)
  sessions = found.body.docs
})

afterAll(async () => {
  for (const { id, papers } of restore) {
    await request(baseUrl, 'PATCH', `/api/sessions/${id}`, { headers: admin, body: { papers } })
  }
  for (const { collection, id } of created.reverse()) {
    await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers: admin })
  }
})

describe('/schedule.ics narrowed to starred items', () => {
  it('carries exactly the starred sessions, as the very events of the full calendar', async () => {
    const full = await calendar('/schedule.ics?year=2024')
    expect(full.events.length).toBeGreaterThanOrEqual(10)
    const talk = sessionTitled('Invited talk 1')
    const panel = sessionTitled('Panel discussion')

    const mine = await calendar(`/schedule.ics?year=2024&sessions=${talk.id},${panel.id}`)
    expect(mine.events.map((event) => event.uid).sort()).toEqual([`session-${talk.id}@syntagen`, `session-${panel.id}@syntagen`].sort())
    const fullBlocks = eventBlocks(full.text)
    for (const [uid, block] of eventBlocks(mine.text)) expect(block, uid).toBe(fullBlocks.get(uid))
    expect(mine.text).toContain('X-WR-CALNAME:My SyntaGen 2024 schedule')
  })

  it('brings a starred paper’s session, from either side of the relation', async () => {
    const poster = sessionTitled('Poster Session')
    const competition = sessionTitled('Competition session')
    // The paper names its session...
    const namesItsSession = await create('papers', {
      title: 'My schedule: a poster',
      authors: [{ name: 'Ana Poster' }],
      edition: edition2024.id,
      session: poster.id,
    })
    // ...or the session lists the paper.
    const listed = await create('papers', { title: 'My schedule: an oral', authors: [{ name: 'Bo Oral' }], edition: edition2024.id })
    restore.push({ id: competition.id, papers: (competition.papers as string[] | undefined) ?? [] })
    const patched = await request(baseUrl, 'PATCH', `/api/sessions/${competition.id}`, { headers: admin, body: { papers: [listed.id] } })
    expect(patched.status).toBe(200)
    const unscheduled = await create('papers', { title: 'My schedule: in no session', authors: [{ name: 'Cy Free' }], edition: edition2024.id })

    const one = await calendar(`/schedule.ics?year=2024&papers=${namesItsSession.id}`)
    expect(one.events.map((event) => event.uid)).toEqual([`session-${poster.id}@syntagen`])

    const talk = sessionTitled('Invited talk 2')
    const mixed = await calendar(`/schedule.ics?year=2024&sessions=${talk.id},${poster.id}&papers=${namesItsSession.id},${listed.id},${unscheduled.id}`)
    expect(mixed.events.map((event) => event.uid).sort()).toEqual(
      [poster.id, competition.id, talk.id].map((id) => `session-${id}@syntagen`).sort(),
    )

    // A paper in no session is known, so not an error; it just has no event.
    const none = await calendar(`/schedule.ics?year=2024&papers=${unscheduled.id}`)
    expect(none.events).toEqual([])
  })

  it('answers malformed, unknown, unpublished and too many ids with a 400 that says why', async () => {
    const talk = sessionTitled('Invited talk 1')
    expect(await refused(`/schedule.ics?year=2024&sessions=${talk.id},not%20an%20id`)).toContain('"not an id" is not a session id')
    expect(await refused('/schedule.ics?year=2024&papers=x;y')).toContain('is not a paper id')
    expect(await refused('/schedule.ics?year=2024&sessions=&papers=')).toContain('Name at least one session or paper.')

    const nobody = '00000000-0000-4000-8000-000000000000'
    expect(await refused(`/schedule.ics?year=2024&sessions=${talk.id},${nobody}`)).toContain(
      `SyntaGen 2024 has no published session with the id ${nobody}.`,
    )
    expect(await refused(`/schedule.ics?year=2024&papers=${nobody}`)).toContain('has no published paper')
    // A session's id is not a paper's.
    expect(await refused(`/schedule.ics?year=2024&papers=${talk.id}`)).toContain('has no published paper')

    const draftSession = await create(
      'sessions',
      { title: 'My schedule: a draft session', kind: 'other', start: '2024-06-17T21:00:00.000Z', start_tz: 'America/Los_Angeles', durationMinutes: 15, room: 'Draft room', edition: edition2024.id },
      true,
    )
    expect(await refused(`/schedule.ics?year=2024&sessions=${draftSession.id}`)).toContain('has no published session')
    const draftPaper = await create('papers', { title: 'My schedule: a draft paper', authors: [{ name: 'Di Draft' }], edition: edition2024.id }, true)
    expect(await refused(`/schedule.ics?year=2024&papers=${draftPaper.id}`)).toContain('has no published paper')

    const many = Array.from({ length: MAX_SELECTION_ITEMS + 1 }, (_, n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`)
    expect(await refused(`/schedule.ics?year=2024&sessions=${many.join(',')}`)).toContain(`at most ${MAX_SELECTION_ITEMS}`)
    // The year is still checked first.
    expect(await refused(`/schedule.ics?year=soon&sessions=${talk.id}`)).toContain('four digits')
  })

  it('takes the current edition when no year is given, and refuses its neighbour’s sessions', async () => {
    const talk = sessionTitled('Invited talk 1')
    // 2025 is current and has no sessions: 2024's session is not one of its own.
    expect(await refused(`/schedule.ics?sessions=${talk.id}`)).toContain('has no published session')
  })
})
