import ical from 'node-ical'
import type { CalendarResponse, VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'

import {
  datesCalendar,
  importantDateUid,
  scheduleCalendar,
  sequenceFromUpdatedAt,
  sessionCalendar,
  sessionUid,
} from '../../src/lib/calendar'
import type { CalendarEdition, CalendarImportantDate, CalendarSession } from '../../src/lib/calendar'
import { calendarEtag, calendarResponse, yearParameter } from '../../src/lib/calendarResponse'

const SITE = 'https://syntagen.example.org'

const edition: CalendarEdition = {
  name: 'SyntaGen 2024',
  year: 2024,
  timeZone: 'America/Los_Angeles',
  venue: 'Seattle Convention Center',
  city: 'Seattle',
  room: 'Arch 213',
}

const opening: CalendarSession = {
  id: 'a1b2c3',
  title: 'Introduction; gifts, and welcome',
  kind: 'opening',
  kindLabel: 'Opening',
  start: '2024-06-17T15:25:00.000Z', // 08:25 in Seattle
  durationMinutes: 5,
  room: null,
  description: null,
  speakers: [],
  sequence: 3,
  updatedAt: '2024-06-01T10:00:00.000Z',
}

const talk: CalendarSession = {
  id: 'd4e5f6',
  title: 'Invited talk: Promising Generative Data Augmentation',
  kind: 'invited-talk',
  start: '2024-06-17T16:00:00.000Z',
  durationMinutes: 25,
  room: 'Summit 446',
  description: 'How far can synthetic data go?',
  speakers: ['David J. Fleet'],
  sequence: 0,
  updatedAt: '2024-06-02T08:30:00.000Z',
}

function events(text: string): VEvent[] {
  const parsed: CalendarResponse = ical.sync.parseICS(text)
  return Object.values(parsed).filter((component): component is VEvent => component?.type === 'VEVENT')
}

function eventByUid(text: string, uid: string): VEvent {
  const found = events(text).find((event) => event.uid === uid)
  if (!found) throw new Error(`no event ${uid} in\n${text}`)
  return found
}

/** node-ical gives a property with parameters (URL;VALUE=URI) as { params, val }. */
function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'val' in value ? value.val : value
}

function calendarProperties(text: string): Record<string, unknown> {
  return { ...ical.sync.parseICS(text).vcalendar }
}

/** The VEVENT block of a UID, as text. */
function eventBlock(text: string, uid: string): string {
  const block = text.split('BEGIN:VEVENT').find((part) => part.includes(`UID:${uid}`))
  return block?.split('END:VEVENT')[0] ?? ''
}

describe('scheduleCalendar', () => {
  const text = scheduleCalendar({ edition, sessions: [opening, talk], siteUrl: SITE })

  it('is a PUBLISH calendar named after the edition, in the venue zone, with CRLF lines', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n')
    expect(text).toContain('\r\nX-WR-CALNAME:SyntaGen 2024 schedule\r\n')
    expect(text).toContain('\r\nX-WR-TIMEZONE:America/Los_Angeles\r\n')
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    expect(calendarProperties(text)).toMatchObject({ method: 'PUBLISH', 'WR-TIMEZONE': 'America/Los_Angeles' })
  })

  it('has one event per session with a stable UID', () => {
    expect(events(text).map((event) => event.uid).sort()).toEqual(['session-a1b2c3@syntagen', 'session-d4e5f6@syntagen'])
    expect(sessionUid('a1b2c3')).toBe('session-a1b2c3@syntagen')
  })

  it('writes every time in UTC', () => {
    const event = eventByUid(text, 'session-a1b2c3@syntagen')
    expect(event.start.toISOString()).toBe('2024-06-17T15:25:00.000Z')
    expect(event.end?.toISOString()).toBe('2024-06-17T15:30:00.000Z')
    expect(eventBlock(text, 'session-a1b2c3@syntagen')).toContain('DTSTART:20240617T152500Z')
    expect(eventBlock(text, 'session-a1b2c3@syntagen')).toContain('DTEND:20240617T153000Z')
    expect(text).not.toContain('TZID')
  })

  it('carries the change counter as SEQUENCE and updatedAt as DTSTAMP', () => {
    const event = eventByUid(text, 'session-a1b2c3@syntagen')
    expect(Number(event.sequence)).toBe(3)
    expect(event.dtstamp.toISOString()).toBe('2024-06-01T10:00:00.000Z')
    expect(eventBlock(text, 'session-a1b2c3@syntagen')).toContain('DTSTAMP:20240601T100000Z')
    expect(Number(eventByUid(text, 'session-d4e5f6@syntagen').sequence)).toBe(0)
  })

  it("places a session in its room, or the edition's room, then the venue and city", () => {
    expect(eventByUid(text, 'session-a1b2c3@syntagen').location).toBe('Arch 213, Seattle Convention Center, Seattle')
    expect(eventByUid(text, 'session-d4e5f6@syntagen').location).toBe('Summit 446, Seattle Convention Center, Seattle')
  })

  it('escapes text and links to the session on its edition page', () => {
    const first = eventByUid(text, 'session-a1b2c3@syntagen')
    expect(first.summary).toBe('Introduction; gifts, and welcome')
    expect(eventBlock(text, 'session-a1b2c3@syntagen')).toContain('SUMMARY:Introduction\\; gifts\\, and welcome')
    expect(plain(first.url)).toBe('https://syntagen.example.org/2024#session-a1b2c3')
    const second = eventByUid(text, 'session-d4e5f6@syntagen')
    expect(second.description).toBe(
      'How far can synthetic data go?\n\nSpeakers: David J. Fleet\n\nhttps://syntagen.example.org/2024#session-d4e5f6',
    )
  })

  it('gives the same bytes for the same data, and UIDs that ignore the site address', () => {
    expect(scheduleCalendar({ edition, sessions: [opening, talk], siteUrl: SITE })).toBe(text)
    const moved = scheduleCalendar({ edition, sessions: [opening], siteUrl: 'https://new-home.example.com' })
    expect(events(moved)[0]?.uid).toBe('session-a1b2c3@syntagen')
  })

  it('raises SEQUENCE when the session changes', () => {
    const edited = scheduleCalendar({ edition, sessions: [{ ...opening, sequence: 4, start: '2024-06-17T15:30:00.000Z' }], siteUrl: SITE })
    const event = eventByUid(edited, 'session-a1b2c3@syntagen')
    expect(Number(event.sequence)).toBe(4)
    expect(event.start.toISOString()).toBe('2024-06-17T15:30:00.000Z')
  })
})

describe('sessionCalendar', () => {
  it('holds exactly the event the schedule feed has', () => {
    const single = sessionCalendar({ edition, session: talk, siteUrl: SITE })
    const feed = scheduleCalendar({ edition, sessions: [opening, talk], siteUrl: SITE })
    expect(events(single)).toHaveLength(1)
    expect(eventBlock(single, 'session-d4e5f6@syntagen')).toBe(eventBlock(feed, 'session-d4e5f6@syntagen'))
    // Parsed, not searched: a long name is folded over two lines.
    expect(calendarProperties(single)).toMatchObject({
      method: 'PUBLISH',
      'WR-CALNAME': 'Invited talk: Promising Generative Data Augmentation · SyntaGen 2024',
      'WR-TIMEZONE': 'America/Los_Angeles',
    })
  })
})

describe('datesCalendar', () => {
  const submission: CalendarImportantDate = {
    id: 'sub1',
    label: 'Submission deadline',
    due: '2024-03-23T11:59:00.000Z', // 23:59 AoE on 22 March
    kind: 'submission',
    readAs: 'aoe',
    showTime: true,
    note: null,
    updatedAt: '2024-02-01T00:00:00.000Z',
  }
  const workshop: CalendarImportantDate = {
    id: 'ws1',
    label: 'Workshop',
    // 20:00 on 16 June in Seattle, already 17 June in UTC: the all-day event must be the 16th.
    due: '2024-06-17T03:00:00.000Z',
    kind: 'workshop',
    readAs: 'venue',
    showTime: false,
    note: 'Morning',
    updatedAt: '2024-02-01T00:00:00.000Z',
  }
  const text = datesCalendar({ edition, dates: [submission, workshop], siteUrl: SITE })

  it('makes a deadline a point in time, in UTC, described in its own zone', () => {
    const event = eventByUid(text, importantDateUid('sub1'))
    expect(event.uid).toBe('date-sub1@syntagen')
    expect(event.start.toISOString()).toBe('2024-03-23T11:59:00.000Z')
    expect(eventBlock(text, 'date-sub1@syntagen')).toContain('DTSTART:20240323T115900Z')
    expect(eventBlock(text, 'date-sub1@syntagen')).toContain('DTEND:20240323T115900Z')
    expect(event.summary).toBe('SyntaGen 2024: Submission deadline')
    expect(event.description).toBe('Due 22 March 2024, 23:59 AoE (UTC\u221212).\n\nhttps://syntagen.example.org/2024#important-dates')
    expect(event.transparency).toBe('TRANSPARENT')
  })

  it('makes a date without a time an all-day event on its day in its zone', () => {
    const block = eventBlock(text, 'date-ws1@syntagen')
    expect(block).toContain('DTSTART;VALUE=DATE:20240616')
    expect(block).toContain('DTEND;VALUE=DATE:20240617')
    const event = eventByUid(text, 'date-ws1@syntagen')
    expect(event.datetype).toBe('date')
    expect(event.description).toBe('On 16 June 2024 (Morning).\n\nhttps://syntagen.example.org/2024#important-dates')
  })

  it('raises SEQUENCE whenever a date is saved again', () => {
    expect(sequenceFromUpdatedAt('2020-01-01T00:00:00.000Z')).toBe(0)
    expect(sequenceFromUpdatedAt('2024-02-01T00:00:00.000Z')).toBe(128_908_800)
    expect(Number(eventByUid(text, 'date-sub1@syntagen').sequence)).toBe(128_908_800)
    const moved = datesCalendar({ edition, dates: [{ ...submission, updatedAt: '2024-02-01T00:00:01.000Z' }], siteUrl: SITE })
    expect(Number(eventByUid(moved, 'date-sub1@syntagen').sequence)).toBe(128_908_801)
  })
})

describe('calendarResponse', () => {
  const ics = scheduleCalendar({ edition, sessions: [opening], siteUrl: SITE })

  it('serves text/calendar inline under the given file name', async () => {
    const response = calendarResponse(new Request(`${SITE}/schedule.ics`), ics, 'syntagen-2024-schedule.ics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('inline; filename="syntagen-2024-schedule.ics"')
    expect(response.headers.get('cache-control')).toBe('public, no-cache')
    expect(response.headers.get('etag')).toBe(calendarEtag(ics))
    expect(await response.text()).toBe(ics)
  })

  it('answers an unchanged feed with 304 and a changed one in full', async () => {
    const etag = calendarEtag(ics)
    const unchanged = calendarResponse(new Request(`${SITE}/schedule.ics`, { headers: { 'If-None-Match': etag } }), ics, 'a.ics')
    expect(unchanged.status).toBe(304)
    expect(await unchanged.text()).toBe('')
    const strong = etag.replace(/^W\//, '')
    expect(calendarResponse(new Request(SITE, { headers: { 'If-None-Match': `"x", ${strong}` } }), ics, 'a.ics').status).toBe(304)
    const edited = scheduleCalendar({ edition, sessions: [{ ...opening, sequence: 4 }], siteUrl: SITE })
    expect(calendarEtag(edited)).not.toBe(etag)
    expect(calendarResponse(new Request(SITE, { headers: { 'If-None-Match': etag } }), edited, 'a.ics').status).toBe(200)
  })

  it('keeps the file name to safe characters', () => {
    const response = calendarResponse(new Request(SITE), ics, 'SyntaGen 2024 "Ünïcode"/talk.ics')
    expect(response.headers.get('content-disposition')).toBe('inline; filename="syntagen-2024-unicode-talk.ics"')
  })
})

describe('yearParameter', () => {
  it('reads ?year=, and tells a missing year from a malformed one', () => {
    expect(yearParameter(`${SITE}/schedule.ics?year=2024`)).toBe(2024)
    expect(yearParameter(`${SITE}/schedule.ics`)).toBeUndefined()
    expect(yearParameter(`${SITE}/schedule.ics?year=24`)).toBeNull()
    expect(yearParameter(`${SITE}/schedule.ics?year=2024;drop`)).toBeNull()
  })
})
