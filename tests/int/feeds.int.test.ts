import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import CSL from 'citeproc'
import { XMLParser } from 'fast-xml-parser'
import ical, { type VEvent } from 'node-ical'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

const FEEDS = ['/schedule.xml', '/schedule.json', '/schedule.xcal', '/papers.bib', '/papers.json'] as const
const TRICKY = `Feeds <&"'> Über Çağrı — “data” 深度`

let admin: Record<string, string>
let edition2025: Doc
const created: { collection: string; id: string }[] = []

async function get(route: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${route}`, { headers })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

async function create(collection: string, data: Record<string, unknown>, draft = false): Promise<Doc> {
  const { status, body } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}${draft ? '?draft=true' : ''}`, {
    body: { ...data, _status: draft ? 'draft' : 'published' },
    headers: admin,
  })
  if (status !== 201) throw new Error(`creating a ${collection} answered ${status}: ${JSON.stringify(body)}`)
  created.push({ collection, id: body.doc.id })
  return body.doc
}

const frabXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, jpath) =>
    ['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link'].includes(
      String(jpath),
    ),
})

type FrabEvent = {
  '@guid': string
  '@id': string
  date: string
  start: string
  duration: string
  room: string
  title: string
  type: string
  persons?: { person?: { '@id': string; '#text': string }[] } | string
}
type FrabDay = { '@index': string; '@date': string; '@start': string; '@end': string; room: { '@name': string; event: FrabEvent[] }[] }

const HH_MM = /^\d{2}:\d{2}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

/**
 * What a conference app reads from a frab schedule.xml, as frab documents it: the conference
 * head, numbered days with their bounds, rooms by name, and events with a start on the venue's
 * clock, a duration, their room, title, type and persons. Returns the events.
 */
function readFrabSchedule(text: string) {
  const { schedule } = frabXml.parse(text) as { schedule: Record<string, unknown> }
  expect(typeof schedule.version).toBe('string')
  const conference = schedule.conference as Record<string, string>
  for (const field of ['acronym', 'title', 'days', 'timeslot_duration', 'base_url', 'time_zone_name']) {
    expect(conference[field], `conference.${field}`).toBeTruthy()
  }
  expect(conference.timeslot_duration).toMatch(HH_MM)
  const days = (schedule.day ?? []) as FrabDay[]
  expect(Number(conference.days)).toBe(days.length)
  // An edition without a schedule yet (and without a workshop day) has no dates to give.
  if (days.length > 0) {
    expect(conference.start).toBe(days[0]?.['@date'])
    expect(conference.end).toBe(days[days.length - 1]?.['@date'])
  }
  const events: (FrabEvent & { day: string; roomName: string })[] = []
  days.forEach((day, index) => {
    expect(day['@index']).toBe(String(index + 1))
    expect(day['@date']).toMatch(DAY)
    expect(day['@start']).toMatch(ZONED)
    expect(day['@end']).toMatch(ZONED)
    for (const room of day.room) {
      expect(room['@name']).toBeTruthy()
      for (const event of room.event) {
        expect(event['@guid']).toBeTruthy()
        expect(event.date).toMatch(ZONED)
        expect(event.date.slice(0, 10)).toBe(day['@date'])
        expect(event.start).toMatch(HH_MM)
        expect(event.date.slice(11, 16)).toBe(event.start)
        expect(event.duration).toMatch(HH_MM)
        expect(event.room).toBe(room['@name'])
        expect(event.title).toBeTruthy()
        expect(event.type).toBeTruthy()
        events.push({ ...event, day: day['@date'], roomName: room['@name'] })
      }
    }
  })
  return { conference, days, events }
}

function personsOf(event: FrabEvent): string[] {
  return typeof event.persons === 'object' ? (event.persons.person ?? []).map((person) => person['#text']) : []
}

const minutes = (duration: string) => Number(duration.slice(0, 2)) * 60 + Number(duration.slice(3, 5))

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const { body } = await request<List>(baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
  const edition = body.docs[0]
  if (!edition) throw new Error('no 2025 edition')
  edition2025 = edition
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers: admin })
})

describe('schedule feeds', () => {
  it('serves the current edition as a frab schedule.xml, and any edition with ?year=, matching the published sessions', async () => {
    const current = await get('/schedule.xml')
    expect(current.status).toBe(200)
    expect(current.headers.get('content-type')).toMatch(/^application\/xml/)
    expect(readFrabSchedule(current.text).conference.title).toBe('SyntaGen 2025')

    for (const year of [2025, 2024]) {
      const { conference, events } = readFrabSchedule((await get(`/schedule.xml?year=${year}`)).text)
      expect(conference.title).toBe(`SyntaGen ${year}`)
      const { body: editions } = await request<List>(baseUrl, 'GET', `/api/editions?where[year][equals]=${year}&depth=0`)
      const edition = editions.docs[0] as Doc
      expect(conference.time_zone_name).toBe(edition.timeZone)
      const { body } = await request<List>(baseUrl, 'GET', `/api/sessions?where[edition][equals]=${edition.id}&depth=1&limit=0&sort=start`)
      // The seed has the 2024 program; 2025's is still to be announced.
      if (year === 2024) expect(body.docs.length).toBeGreaterThan(3)
      expect(events.map((event) => event['@guid']).sort()).toEqual(body.docs.map((session) => `session-${session.id}@syntagen`).sort())
      for (const session of body.docs) {
        const event = events.find((candidate) => candidate['@id'] === session.id)
        expect(event?.title).toBe(session.title)
        expect(minutes(event?.duration ?? '')).toBe(session.durationMinutes)
        expect(new Date(event?.date ?? '').getTime()).toBe(new Date(String(session.start)).getTime())
        const speakers = (session.speakers as { name: string }[]).map((speaker) => speaker.name)
        expect(personsOf(event as FrabEvent)).toEqual(speakers)
      }
    }
  })

  it('serves the same program as pretalx-style schedule.json', async () => {
    const [xmlResponse, jsonResponse] = await Promise.all([get('/schedule.xml?year=2024'), get('/schedule.json?year=2024')])
    expect(jsonResponse.headers.get('content-type')).toMatch(/^application\/json/)
    const { events } = readFrabSchedule(xmlResponse.text)
    type JsonEvent = { guid: string; start: string; duration: string; room: string; title: string; type: string; persons: { name: string; public_name: string }[] }
    const json = JSON.parse(jsonResponse.text) as {
      schedule: { version: string; conference: { title: string; daysCount: number; rooms: { name: string }[]; days: { index: number; date: string; rooms: Record<string, JsonEvent[]> }[] } }
    }
    const { conference } = json.schedule
    expect(conference.title).toBe('SyntaGen 2024')
    expect(conference.daysCount).toBe(conference.days.length)
    const jsonEvents = conference.days.flatMap((day) => Object.entries(day.rooms).flatMap(([room, list]) => list.map((event) => ({ ...event, roomKey: room }))))
    expect(jsonEvents.length).toBeGreaterThan(3)
    expect(jsonEvents).toHaveLength(events.length)
    for (const event of jsonEvents) {
      const twin = events.find((candidate) => candidate['@guid'] === event.guid)
      expect(event.roomKey).toBe(event.room)
      expect(conference.rooms.map((room) => room.name)).toContain(event.room)
      expect({ start: event.start, duration: event.duration, room: event.room, title: event.title, type: event.type }).toEqual({
        start: twin?.start,
        duration: twin?.duration,
        room: twin?.room,
        title: twin?.title,
        type: twin?.type,
      })
      expect(event.persons.map((person) => person.public_name)).toEqual(personsOf(twin as FrabEvent))
    }
  })

  it('serves xCal with the same events, UIDs and instants as the .ics feed', async () => {
    for (const year of [2025, 2024]) {
      const [icsResponse, xcalResponse] = await Promise.all([get(`/schedule.ics?year=${year}`), get(`/schedule.xcal?year=${year}`)])
      expect(xcalResponse.status).toBe(200)
      expect(xcalResponse.headers.get('content-type')).toMatch(/^application\/calendar\+xml/)
      const fromIcs = Object.values(ical.sync.parseICS(icsResponse.text))
        .filter((item): item is VEvent => item?.type === 'VEVENT')
        .map((event) => ({ uid: event.uid, start: event.start.getTime(), end: event.end?.getTime(), summary: String(event.summary) }))
      type Property = Record<string, string>
      const parsed = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'vevent' }).parse(xcalResponse.text) as {
        icalendar: { vcalendar: { components: { vevent?: { properties: Record<string, Property> }[] } } }
      }
      const fromXcal = (parsed.icalendar.vcalendar.components.vevent ?? []).map(({ properties }) => ({
        uid: properties.uid?.text,
        start: new Date(properties.dtstart?.['date-time'] ?? '').getTime(),
        end: new Date(properties.dtend?.['date-time'] ?? '').getTime(),
        summary: properties.summary?.text,
      }))
      if (year === 2024) expect(fromIcs.length).toBeGreaterThan(3)
      const byUid = (a: { uid?: string }, b: { uid?: string }) => String(a.uid).localeCompare(String(b.uid))
      expect(fromXcal.sort(byUid)).toEqual(fromIcs.sort(byUid))
    }
  })

})

describe('every feed', () => {
  it.each(FEEDS)('%s answers an unknown year with 404 and a malformed one with 400, each with a message', async (feed) => {
    const unknown = await get(`${feed}?year=1999`)
    expect(unknown.status).toBe(404)
    expect(unknown.text).toMatch(/no published 1999 edition/)
    for (const bad of ['twenty', '25', '2025x']) {
      const malformed = await get(`${feed}?year=${bad}`)
      expect(malformed.status).toBe(400)
      expect(malformed.text).toMatch(/four digits/)
    }
  })

  it.each(FEEDS)('%s answers a revalidation with 304', async (feed) => {
    const first = await get(feed)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await fetch(`${baseUrl}${feed}`, { headers: { 'If-None-Match': etag ?? '' } })
    expect(again.status).toBe(304)
  })
})

describe('published content only, escaped on the way out', () => {
  it('leaves drafts out of every feed, for anonymous and signed-in readers alike, and carries special characters intact', async () => {
    const draftSession = await create('sessions', { title: 'Draft session, never in a feed', kind: 'other', start: '2025-06-11T22:00:00.000Z', start_tz: 'America/Chicago', durationMinutes: 10, room: 'Feed test room', edition: edition2025.id }, true)
    const draftPaper = await create('papers', { title: 'Draft paper, never in a feed', authors: [{ name: 'Drafty McDraft' }], edition: edition2025.id }, true)
    await create('sessions', { title: TRICKY, kind: 'other', start: '2025-06-11T22:30:00.000Z', start_tz: 'America/Chicago', durationMinutes: 15, room: 'Feed test room <&>', edition: edition2025.id })
    await create('papers', { title: TRICKY, authors: [{ name: 'Çağrı Öztürk' }, { name: 'Zoë van der Berg' }], abstract: `50% less & more {structure} <b>`, edition: edition2025.id })

    for (const headers of [{}, admin]) {
      for (const feed of FEEDS) {
        const { text } = await get(feed, headers)
        expect(text, feed).not.toContain('never in a feed')
        expect(text, feed).not.toContain(draftSession.id)
        expect(text, feed).not.toContain(String(draftPaper.slug))
      }
    }

    const { events } = readFrabSchedule((await get('/schedule.xml')).text)
    const tricky = events.find((event) => event.title === TRICKY)
    expect(tricky).toMatchObject({ room: 'Feed test room <&>', start: '17:30', duration: '00:15', type: 'Other' })

    const bib = parseBibtex((await get('/papers.bib')).text, { english: false, sentenceCase: false, caseProtection: false })
    expect(bib.errors).toEqual([])
    const entry = bib.entries.find((candidate) => candidate.fields.title?.normalize('NFC') === TRICKY)
    expect(entry?.fields.abstract?.normalize('NFC')).toBe('50% less & more {structure} <b>')
    expect(entry?.fields.author?.map((author) => `${author.firstName ?? ''}|${author.prefix ?? ''}|${author.lastName ?? ''}`.normalize('NFC'))).toEqual([
      'Çağrı||Öztürk',
      'Zoë|van der|Berg',
    ])

    const csl = JSON.parse((await get('/papers.json')).text) as { id: string; title: string; author: unknown[] }[]
    const item = csl.find((candidate) => candidate.title === TRICKY)
    expect(item?.id).toBe(entry?.key)
    expect(item?.author).toEqual([{ family: 'Öztürk', given: 'Çağrı' }, { family: 'Berg', given: 'Zoë', 'non-dropping-particle': 'van der' }])
  })
})

describe('citation feeds', () => {
  beforeAll(async () => {
    // Two papers whose natural keys collide (same first author, year and first word).
    await create('papers', { title: 'GANs for labels', slug: 'gans-for-labels', authors: [{ name: 'Anna Smith' }], edition: edition2025.id })
    await create('papers', { title: 'GANs for data', slug: 'gans-for-data', authors: [{ name: 'Anna Smith' }, { name: 'Bo Li' }], edition: edition2025.id })
  })

  it('lists every published paper of the edition in papers.bib, with stable unique keys', async () => {
    const { body } = await request<List>(baseUrl, 'GET', `/api/papers?where[edition][equals]=${edition2025.id}&limit=0&depth=0`)
    const first = await get('/papers.bib')
    expect(first.headers.get('content-type')).toMatch(/^application\/x-bibtex/)
    const library = parseBibtex(first.text, { english: false, sentenceCase: false, caseProtection: false })
    expect(library.errors).toEqual([])
    expect(library.entries.map((entry) => entry.fields.title?.normalize('NFC')).sort()).toEqual(body.docs.map((paper) => String(paper.title)).sort())
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(library.entries.length)
    const keyOf = (title: string) => library.entries.find((entry) => entry.fields.title === title)?.key
    expect(keyOf('GANs for data')).toBe('smith2025gans')
    expect(keyOf('GANs for labels')).toBe('smith2025gansb')
    expect((await get('/papers.bib')).text).toBe(first.text)
    expect(library.entries.every((entry) => entry.fields.year === '2025')).toBe(true)
  })

  it('serves CSL-JSON that a CSL processor renders', async () => {
    const items = JSON.parse((await get('/papers.json')).text) as Record<string, unknown>[]
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item).toMatchObject({ type: 'paper-conference', language: 'en' })
      expect(typeof item.id).toBe('string')
      expect(typeof item.title).toBe('string')
      expect(typeof item['container-title']).toBe('string')
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]?.[0]).toBe(2025)
      for (const author of item.author as Record<string, unknown>[]) {
        expect(typeof author.family === 'string' || typeof author.literal === 'string').toBe(true)
      }
    }
    const first = items[0] as { id: string; title: string }
    const engine = new CSL.Engine(
      { retrieveLocale: () => CSL_LOCALE, retrieveItem: (id) => items.find((item) => item.id === id) },
      CSL_STYLE,
      'en-US',
    )
    engine.setOutputFormat('text')
    engine.updateItems([first.id])
    const [, rendered] = engine.makeBibliography()
    // Processors may typeset quotes their own way: the plain words of the title are what must survive.
    expect(rendered[0]).toContain(first.title.split(/\s+/)[0])
    expect(rendered[0]).toContain('(2025)')
  })
})

/** A small CSL style and locale, written for this test: author (year). Title. In container. */
const CSL_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Feed check</title><id>feed-check</id><updated>2025-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-key"/></layout></citation>
  <bibliography><layout>
    <names variable="author"><name and="text" initialize-with=". " name-as-sort-order="first"/></names>
    <date variable="issued" prefix=" (" suffix=")."><date-part name="year"/></date>
    <text variable="title" prefix=" " suffix="."/>
    <text variable="container-title" prefix=" In " suffix="."/>
  </layout></bibliography>
</style>`
const CSL_LOCALE = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
  <terms><term name="and">and</term><term name="et-al">et al.</term></terms>
</locale>`
