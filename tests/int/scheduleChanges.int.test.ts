/**
 * What changed (issue 9): a schedule published in an edition of its own (2091, Berlin time), then
 * one session moved, one added, one moved to another room, one withdrawn, and a draft saved that
 * must stay invisible. The schedule's rows and /2091/schedule/changes say so, from Payload's
 * versions of the sessions.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { INITIAL_PUBLICATION_GAP_MS } from '../../src/lib/sessions/scheduleDiff'
import { adminHeaders, graphql, request } from '../helpers/api'

const baseUrl = inject('baseUrl')
const YEAR = 2091
const DRAFT_TITLE = 'Unannounced draft title'

type Doc = { id: string; [key: string]: unknown }

let admin: Record<string, string> = {}
let editionId = ''
const sessionIds: string[] = []
const speakerIds: string[] = []
const session: Record<'opening' | 'keynote' | 'panel' | 'posters' | 'closing', string> = {
  opening: '',
  keynote: '',
  panel: '',
  posters: '',
  closing: '',
}

async function page(path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`)
  expect(response.status, path).toBe(200)
  // React separates adjacent text with <!-- -->; the checks read the text a visitor sees.
  return (await response.text()).replaceAll('<!-- -->', '')
}

/** A page once it shows `expected`: a publish invalidates the cache, and the next request renders. */
async function pageShowing(path: string, expected: string): Promise<string> {
  const deadline = Date.now() + 15_000
  let html = await page(path)
  while (!html.includes(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    html = await page(path)
  }
  return html
}

function rowOf(html: string, sessionId: string): string {
  const row = new RegExp(`<tr id="session-${sessionId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1]
  if (!row) throw new Error(`no row for session ${sessionId}`)
  return row
}

/** The changes page's entries, in order, as text. */
function entriesOf(html: string): string[] {
  const list = /<ol class="change-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? ''
  return [...list.matchAll(/<li class="change">([\s\S]*?)<\/li>\s*(?=<li class="change">|$)/g)].map((match) =>
    (match[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  )
}

async function publishSession(body: Record<string, unknown>): Promise<string> {
  const created = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/sessions', {
    headers: admin,
    body: { kind: 'invited-talk', durationMinutes: 30, edition: editionId, _status: 'published', ...body },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  sessionIds.push(created.body.doc.id)
  return created.body.doc.id
}

async function update(id: string, body: Record<string, unknown>, query = ''): Promise<void> {
  const updated = await request(baseUrl, 'PATCH', `/api/sessions/${id}${query}`, { headers: admin, body })
  expect(updated.status, JSON.stringify(updated.body)).toBe(200)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const created = await request<{ doc?: Doc }>(baseUrl, 'POST', '/api/editions', {
    headers: admin,
    body: { name: `SyntaGen ${YEAR}`, year: YEAR, conference: 'CVPR', timeZone: 'Europe/Berlin', room: 'Main hall', _status: 'published' },
  })
  if (!created.body.doc) throw new Error(`could not create the ${YEAR} edition: ${JSON.stringify(created.body)}`)
  editionId = created.body.doc.id
})

afterAll(async () => {
  for (const id of sessionIds) await request(baseUrl, 'DELETE', `/api/sessions/${id}`, { headers: admin })
  for (const id of speakerIds) await request(baseUrl, 'DELETE', `/api/speakers/${id}`, { headers: admin })
  if (editionId) await request(baseUrl, 'DELETE', `/api/editions/${editionId}`, { headers: admin })
})

describe(`/${YEAR}/schedule/changes`, () => {
  it('says the schedule is not published yet while it has no sessions', async () => {
    const html = await page(`/${YEAR}/schedule/changes`)
    expect(html).toContain('<h1>Schedule changes</h1>')
    expect(html).toContain('The schedule has not been published yet.')
  })

  it('has nothing to list right after the first publication, published one session at a time', async () => {
    // 09:00, 10:00, 11:00 and 15:00 in Berlin (CEST, UTC+2), published back to back.
    session.opening = await publishSession({ title: 'Opening remarks', kind: 'opening', start: '2091-06-17T07:00:00.000Z' })
    session.keynote = await publishSession({ title: 'Keynote', start: '2091-06-17T08:00:00.000Z' })
    session.panel = await publishSession({ title: 'Panel', kind: 'panel', start: '2091-06-17T09:00:00.000Z', room: 'Room 2' })
    session.closing = await publishSession({ title: 'Closing', kind: 'closing', start: '2091-06-17T13:00:00.000Z' })

    const changes = await pageShowing(`/${YEAR}/schedule/changes`, 'Nothing has changed')
    expect(changes).toMatch(/Nothing has changed since the schedule was first published on <time[^>]*>\d{1,2} \w+ \d{4}, \d\d:\d\d<\/time>\./)
    const schedule = await pageShowing(`/${YEAR}/schedule`, 'Closing')
    expect(schedule).not.toContain('class="change-note"')
    expect(schedule).not.toContain('/schedule/changes')
  })

  it('marks a moved, an added and a changed session, lists them newest first, and never shows a draft', async () => {
    // Past the first publication's run, so what follows are changes.
    await pause(INITIAL_PUBLICATION_GAP_MS + 1_000)
    await update(session.opening, { start: '2091-06-17T07:30:00.000Z', _status: 'published' }) // 09:00 → 09:30
    await pause(1_100)
    session.posters = await publishSession({ title: 'Poster session', kind: 'poster-session', start: '2091-06-17T11:00:00.000Z' })
    await pause(1_100)
    await update(session.panel, { room: 'Room 3', _status: 'published' })
    // A draft over a published session: a new time and title that visitors must not see.
    await update(session.keynote, { title: DRAFT_TITLE, start: '2091-06-17T12:00:00.000Z', _status: 'draft' }, '?draft=true')

    const schedule = await pageShowing(`/${YEAR}/schedule`, 'Room changed')
    expect(rowOf(schedule, session.opening)).toMatch(/class="change-note">Moved from <time dateTime="2091-06-17T07:00:00.000Z">09:00<\/time>/)
    expect(rowOf(schedule, session.posters)).toContain(
      '<span class="change-note">New<span class="visually-hidden"> since the schedule was first published</span></span>',
    )
    expect(rowOf(schedule, session.panel)).toContain('<span class="change-note">Room changed</span>')
    for (const unchanged of [session.keynote, session.closing]) expect(rowOf(schedule, unchanged)).not.toContain('change-note')
    expect(schedule).not.toContain(DRAFT_TITLE)
    expect(schedule).toContain(`href="/${YEAR}/schedule/changes">What changed: 3 changes since the schedule was first published</a>`)

    const changes = await page(`/${YEAR}/schedule/changes`)
    expect(changes).toContain('3 changes since the schedule was first published on')
    const entries = entriesOf(changes)
    expect(entries).toHaveLength(3)
    expect(entries[0]).toMatch(/^Changed Panel Room: from Room 2 to Room 3 Published \d{1,2} \w+ \d{4}, \d\d:\d\d$/)
    expect(entries[1]).toMatch(/^Added Poster session On 17 Jun 2091 at 13:00 , 30 min, Main hall\. Published /)
    expect(entries[2]).toMatch(/^Moved Opening remarks Time: from 09:00 to 09:30 on 17 Jun 2091 Published /)
    expect(changes).toContain(`href="/${YEAR}/schedule#session-${session.opening}">Opening remarks</a>`)
    expect(changes).not.toContain(DRAFT_TITLE)
    expect(changes).not.toContain('>14:00<')

    // The edition's page carries the same row markers.
    const home = await pageShowing(`/${YEAR}`, 'Room changed')
    expect(rowOf(home, session.opening)).toContain('Moved from')
    expect(home).toContain(`href="/${YEAR}/schedule/changes">What changed</a>`)
  })

  it('lists a session unpublished from the admin as cancelled, when it was withdrawn', async () => {
    // What the admin's "Unpublish" sends: Payload would overwrite the published version in place.
    await update(session.closing, { _status: 'draft' }, '?unpublishAllLocales=true')
    const changes = await pageShowing(`/${YEAR}/schedule/changes`, 'Cancelled')
    const entries = entriesOf(changes)
    expect(entries).toHaveLength(4)
    expect(entries[0]).toMatch(/^Cancelled Closing Was on 17 Jun 2091 at 15:00 , 30 min, Main hall\. Published \d{1,2} \w+ \d{4}, \d\d:\d\d$/)
    // No link to a row that is gone.
    expect(changes).not.toContain(`#session-${session.closing}`)
    const schedule = await page(`/${YEAR}/schedule`)
    expect(schedule).not.toContain(`id="session-${session.closing}"`)
    expect(schedule).toContain('What changed: 4 changes')

    // Its published version is still in the history (keepPublishedVersions).
    const versions = await request<{ docs: Doc[] }>(
      baseUrl,
      'GET',
      `/api/sessions/versions?where[parent][equals]=${session.closing}&where[version._status][equals]=published&depth=0`,
      { headers: admin },
    )
    expect(versions.body.docs.length).toBeGreaterThan(0)

    // The control: a speaker has no such hook, and the same request leaves it no published version.
    const speaker = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers', {
      headers: admin,
      body: { name: 'Withdrawn Speaker', edition: editionId, _status: 'published' },
    })
    expect(speaker.status, JSON.stringify(speaker.body)).toBe(201)
    speakerIds.push(speaker.body.doc.id)
    const unpublished = await request(baseUrl, 'PATCH', `/api/speakers/${speaker.body.doc.id}?unpublishAllLocales=true`, {
      headers: admin,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    const speakerVersions = await request<{ docs: Doc[] }>(
      baseUrl,
      'GET',
      `/api/speakers/versions?where[parent][equals]=${speaker.body.doc.id}&where[version._status][equals]=published&depth=0`,
      { headers: admin },
    )
    expect(speakerVersions.body.docs).toHaveLength(0)
  })

  it('keeps version history staff-only over REST and GraphQL', async () => {
    const anonymous = await request(baseUrl, 'GET', `/api/sessions/versions?where[parent][equals]=${session.keynote}`)
    expect(anonymous.status).toBe(403)
    expect(JSON.stringify(anonymous.body)).not.toContain(DRAFT_TITLE)
    const gql = await graphql(baseUrl, '{ versionsSessions(limit: 100) { docs { version { title } } } }')
    expect(JSON.stringify(gql.body)).not.toContain(DRAFT_TITLE)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    // The draft is really there: an editor's history has it.
    const asAdmin = await request(baseUrl, 'GET', `/api/sessions/versions?where[parent][equals]=${session.keynote}&depth=0`, { headers: admin })
    expect(JSON.stringify(asAdmin.body)).toContain(DRAFT_TITLE)
  })
})
