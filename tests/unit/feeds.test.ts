import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import type { CalendarSession, ScheduleCalendarInput } from '@/lib/calendar'
import type { CitablePaper } from '@/lib/citation'
import { frabDuration, frabJson, frabSchedule, frabXml } from '@/lib/feeds/frab'
import { bibliography, bibtexKeys, cslItems, cslName } from '@/lib/feeds/papers'
import { scheduleXcal } from '@/lib/feeds/xcal'

const TRICKY = `Tricky <&"'> title: Über Çağrı — “quoted” 深度`

function session(overrides: Partial<CalendarSession> & Pick<CalendarSession, 'id' | 'start'>): CalendarSession {
  return {
    title: 'A talk',
    kind: 'invited-talk',
    kindLabel: 'Invited talk',
    durationMinutes: 30,
    room: null,
    description: null,
    speakers: [],
    people: [],
    sequence: 0,
    updatedAt: '2025-05-01T00:00:00.000Z',
    ...overrides,
  }
}

const schedule: ScheduleCalendarInput = {
  siteUrl: 'https://syntagen.test',
  edition: { name: 'SyntaGen 2025', year: 2025, timeZone: 'America/Chicago', room: 'Room 101 & <A>', venue: 'Music City Center', city: 'Nashville' },
  sessions: [
    // Out of order on purpose: the feed sorts by time.
    session({ id: 'b2', start: '2025-06-11T15:00:00.000Z', title: TRICKY, durationMinutes: 75, room: 'Hall “B”', description: 'Line one\nline <two> & three', people: [{ id: 's1', name: 'Zoë Ångström' }, { id: 's2', name: "O'Brien <Jr>" }], speakers: ['Zoë Ångström', "O'Brien <Jr>"], links: { slides: 'https://example.org/s?a=1&b=2' } }),
    session({ id: 'a1', start: '2025-06-11T13:30:00.000Z', title: 'Opening', kind: 'opening', kindLabel: 'Opening', durationMinutes: 10 }),
    // The next day in Nashville (00:30 CDT on 12 June).
    session({ id: 'c3', start: '2025-06-12T05:30:00.000Z', title: 'Late panel', kind: 'panel', kindLabel: 'Panel' }),
  ],
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name, jpath) => ['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link'].includes(String(jpath)),
})

describe('frab schedule', () => {
  it('writes HH:MM durations', () => {
    expect(frabDuration(5)).toBe('00:05')
    expect(frabDuration(75)).toBe('01:15')
    expect(frabDuration(720)).toBe('12:00')
  })

  it('groups events by venue day and room, in time order, with venue-clock starts, and escapes every text', () => {
    const parsed = xml.parse(frabXml(frabSchedule(schedule))) as { schedule: Record<string, unknown> & { day: Record<string, unknown>[] } }
    const conference = parsed.schedule.conference as Record<string, string>
    expect(conference).toMatchObject({ acronym: 'syntagen-2025', title: 'SyntaGen 2025', start: '2025-06-11', end: '2025-06-12', days: '2', timeslot_duration: '00:05', time_zone_name: 'America/Chicago', base_url: 'https://syntagen.test/' })
    const [first, second] = parsed.schedule.day as { '@index': string; '@date': string; '@start': string; '@end': string; room: { '@name': string; event: Record<string, unknown>[] }[] }[]
    expect(first).toMatchObject({ '@index': '1', '@date': '2025-06-11', '@start': '2025-06-11T08:30:00-05:00', '@end': '2025-06-11T11:15:00-05:00' })
    expect(first?.room.map((room) => room['@name'])).toEqual(['Room 101 & <A>', 'Hall “B”'])
    const tricky = first?.room[1]?.event[0] as Record<string, unknown>
    expect(tricky).toMatchObject({
      '@guid': 'session-b2@syntagen',
      '@id': 'b2',
      date: '2025-06-11T10:00:00-05:00',
      start: '10:00',
      duration: '01:15',
      room: 'Hall “B”',
      title: TRICKY,
      type: 'Invited talk',
      abstract: 'Line one\nline <two> & three',
    })
    expect((tricky.persons as { person: unknown }).person).toEqual([{ '@id': 's1', '#text': 'Zoë Ångström' }, { '@id': 's2', '#text': "O'Brien <Jr>" }])
    expect((tricky.links as { link: unknown }).link).toEqual([{ '@href': 'https://example.org/s?a=1&b=2', '#text': 'Slides' }])
    expect(second).toMatchObject({ '@index': '2', '@date': '2025-06-12' })
    expect(second?.room[0]?.event[0]).toMatchObject({ start: '00:30', title: 'Late panel' })
  })

  it('gives the JSON the same content, and a version that changes with the program only', () => {
    const model = frabSchedule(schedule)
    const json = frabJson(model) as { schedule: { version: string; conference: { daysCount: number; rooms: { name: string }[]; days: { rooms: Record<string, { title: string; persons: { name: string }[] }[]> }[] } } }
    expect(json.schedule.conference.daysCount).toBe(2)
    expect(json.schedule.conference.rooms.map((room) => room.name)).toEqual(['Room 101 & <A>', 'Hall “B”'])
    expect(json.schedule.conference.days[0]?.rooms['Hall “B”']?.[0]?.title).toBe(TRICKY)
    expect(frabSchedule(schedule).version).toBe(model.version)
    const moved = { ...schedule, sessions: schedule.sessions.map((item) => (item.id === 'a1' ? { ...item, durationMinutes: 15 } : item)) }
    expect(frabSchedule(moved).version).not.toBe(model.version)
  })

  it('drops characters XML cannot carry instead of writing a broken document', () => {
    const withControl = { ...schedule, sessions: [session({ id: 'x', start: '2025-06-11T15:00:00.000Z', title: 'Bell\u0007 talk' })] }
    const parsed = xml.parse(frabXml(frabSchedule(withControl))) as { schedule: { day: { room: { event: { title: string }[] }[] }[] } }
    expect(parsed.schedule.day[0]?.room[0]?.event[0]?.title).toBe('Bell talk')
  })
})

describe('xCal', () => {
  it('writes each session as a vevent with the .ics UID and UTC instants', () => {
    const parsed = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'vevent' }).parse(scheduleXcal(schedule)) as {
      icalendar: { vcalendar: { components: { vevent: { properties: Record<string, Record<string, string>> }[] } } }
    }
    const events = parsed.icalendar.vcalendar.components.vevent.map((event) => event.properties)
    expect(events.map((event) => event.uid?.text)).toEqual(['session-b2@syntagen', 'session-a1@syntagen', 'session-c3@syntagen'])
    expect(events[0]).toMatchObject({
      dtstart: { 'date-time': '2025-06-11T15:00:00Z' },
      dtend: { 'date-time': '2025-06-11T16:15:00Z' },
      summary: { text: TRICKY },
      sequence: { integer: '0' },
    })
  })
})

function paper(overrides: Partial<CitablePaper> & Pick<CitablePaper, 'slug' | 'title'>): CitablePaper {
  return {
    authors: [{ name: 'Anna Smith' }],
    year: 2025,
    booktitle: 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops',
    url: `https://syntagen.test/papers/${overrides.slug}`,
    publicationDate: '2025-06-11T12:00:00.000Z',
    ...overrides,
  }
}

/** Parsed names, each part in NFC. */
function nfc(creators: object[] | undefined) {
  return creators?.map((creator) =>
    Object.fromEntries(Object.entries(creator).map(([part, value]) => [part, typeof value === 'string' ? value.normalize('NFC') : value])),
  )
}

describe('citation feeds', () => {
  const papers = [
    paper({ slug: 'gans-b', title: 'GANs for data' }),
    paper({ slug: 'gans-a', title: 'GANs for labels' }),
    paper({ slug: 'other', title: 'Diffusion data', authors: [{ name: 'Lê Văn Đức' }, { name: 'Anna van der Berg' }] }),
    paper({ slug: 'tricky', title: `Über {braces} 100% $5 #1 a_b ~ ^ \\ & <b>|x “Zoë” — GANs`, authors: [{ name: 'Çağrı Öztürk' }, { name: 'Nguyễn Thị Ánh' }], abstract: 'We use 50% less data & more {structure}.' }),
  ]

  it('gives each paper the same key whatever the order, and disambiguates collisions by slug', () => {
    const keys = bibtexKeys(papers)
    expect(keys.get('gans-a')).toBe('smith2025gans')
    expect(keys.get('gans-b')).toBe('smith2025gansb')
    expect(bibtexKeys([...papers].reverse())).toEqual(keys)
    expect(new Set(keys.values()).size).toBe(papers.length)
  })

  it('writes a .bib a BibTeX parser reads back to the same titles, authors and abstracts', () => {
    const library = parseBibtex(bibliography(papers), { english: false, sentenceCase: false, caseProtection: false })
    expect(library.errors).toEqual([])
    expect(library.entries.map((entry) => entry.key)).toEqual(['smith2025gans', 'smith2025gansb', 'djuc2025diffusion', 'ozturk2025uber'])
    const tricky = library.entries.find((entry) => entry.key === 'ozturk2025uber')
    expect(tricky?.type).toBe('inproceedings')
    // The parser composes accents as combining marks: the same text, in another Unicode normal form.
    expect(tricky?.fields.title?.normalize('NFC')).toBe(papers[3]?.title)
    expect(tricky?.fields.abstract?.normalize('NFC')).toBe(papers[3]?.abstract)
    expect(nfc(tricky?.fields.author)).toEqual([
      { firstName: 'Çağrı', lastName: 'Öztürk' },
      { firstName: 'Nguyễn Thị', lastName: 'Ánh' },
    ])
    const other = library.entries.find((entry) => entry.key === 'djuc2025diffusion')
    expect(nfc(other?.fields.author)).toEqual([
      { firstName: 'Lê Văn', lastName: 'Đức' },
      { firstName: 'Anna', prefix: 'van der', lastName: 'Berg' },
    ])
  })

  it('splits names the way CSL expects', () => {
    expect(cslName('Anna van der Berg')).toEqual({ given: 'Anna', 'non-dropping-particle': 'van der', family: 'Berg' })
    expect(cslName('Smith, John')).toEqual({ family: 'Smith', given: 'John' })
    expect(cslName('Madonna')).toEqual({ literal: 'Madonna' })
  })

  it('writes CSL-JSON items keyed like the .bib', () => {
    const items = cslItems(papers, { eventTitle: 'SyntaGen 2025', eventPlace: 'Nashville' })
    const tricky = items.find((item) => item.id === 'ozturk2025uber')
    expect(tricky).toMatchObject({
      type: 'paper-conference',
      title: papers[3]?.title,
      author: [{ family: 'Öztürk', given: 'Çağrı' }, { family: 'Ánh', given: 'Nguyễn Thị' }],
      issued: { 'date-parts': [[2025, 6, 11]] },
      'event-title': 'SyntaGen 2025',
      'event-place': 'Nashville',
      URL: 'https://syntagen.test/papers/tricky',
    })
  })
})
