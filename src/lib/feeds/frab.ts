/**
 * The schedule in the frab format that conference apps (Giggity, ConfClerk, Fahrplan, the c3voc
 * tools) load, as pretalx exports it: /schedule.xml and /schedule.json.
 *
 * One model, two serialisations, so the XML and the JSON never disagree. The format is described
 * by frab (https://github.com/frab/frab/wiki/Schedule-XML) and pretalx's exporters; times are the
 * venue's wall clock (`start` "09:30", `date` with the venue's offset), durations "HH:MM".
 * Event guids are the .ics UIDs, so an app that reads both feeds sees one event, not two.
 */
import { createHash } from 'node:crypto'

import { create } from 'xmlbuilder2'

import { type ScheduleCalendarInput, sessionUid } from '../calendar'
import { absoluteUrl, sitePaths } from '../siteUrl'
import { calendarDay, sessionEnd, toInstant, toWallClock, toZonedIso } from '../time'
import { slugify } from '../validation'

export type FrabPerson = { id: string; name: string }
export type FrabLink = { href: string; title: string }

export type FrabEvent = {
  guid: string
  id: string
  /** The start with the venue's offset, "2025-06-11T09:00:00-05:00". */
  date: string
  /** "09:00" on the venue's clock. */
  start: string
  /** "00:30" */
  duration: string
  room: string
  slug: string
  url: string
  title: string
  subtitle: string
  track: string
  type: string
  language: string
  abstract: string
  description: string
  persons: FrabPerson[]
  links: FrabLink[]
}

export type FrabRoom = { name: string; guid: string; events: FrabEvent[] }

export type FrabDay = { index: number; date: string; start: string; end: string; rooms: FrabRoom[] }

export type FrabSchedule = {
  version: string
  baseUrl: string
  url: string
  conference: {
    acronym: string
    title: string
    start: string
    end: string
    timeslotDuration: string
    timeZoneName: string
    rooms: { name: string; guid: string }[]
    days: FrabDay[]
  }
}

/** The admin offers start times in 5-minute steps; apps draw their grid with this. */
const TIMESLOT_MINUTES = 5
const LANGUAGE = 'en'
const DEFAULT_ROOM = 'Main room'

const pad = (value: number) => String(value).padStart(2, '0')

/** 90 → "01:30". */
export function frabDuration(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/** A UUID derived from a name (RFC 4122 version 5 layout over SHA-1), so a room keeps its guid. */
export function nameBasedGuid(name: string): string {
  const hex = createHash('sha1').update(`syntagen-room:${name}`).digest('hex')
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`
}

/** The frab model of one edition's published program. */
export function frabSchedule({ edition, sessions, siteUrl }: ScheduleCalendarInput): FrabSchedule {
  const zone = edition.timeZone
  const acronym = slugify(edition.name) || `syntagen-${edition.year}`
  const ordered = [...sessions].sort((a, b) => toInstant(a.start).getTime() - toInstant(b.start).getTime())
  const roomOrder: string[] = []
  const days = new Map<string, FrabDay>()

  for (const session of ordered) {
    const start = toInstant(session.start)
    const end = sessionEnd(start, session.durationMinutes)
    const room = session.room?.trim() || edition.room?.trim() || DEFAULT_ROOM
    if (!roomOrder.includes(room)) roomOrder.push(room)
    const dayKey = calendarDay(start, zone)
    let day = days.get(dayKey)
    if (!day) {
      day = { index: days.size + 1, date: dayKey, start: toZonedIso(start, zone), end: toZonedIso(end, zone), rooms: [] }
      days.set(dayKey, day)
    }
    if (toInstant(day.end) < end) day.end = toZonedIso(end, zone)
    let dayRoom = day.rooms.find((candidate) => candidate.name === room)
    if (!dayRoom) {
      dayRoom = { name: room, guid: nameBasedGuid(room), events: [] }
      day.rooms.push(dayRoom)
    }
    const clock = toWallClock(start, zone)
    const type = session.kindLabel ?? session.kind
    const links: FrabLink[] = []
    if (session.links?.slides) links.push({ href: session.links.slides, title: 'Slides' })
    if (session.links?.video) links.push({ href: session.links.video, title: 'Video' })
    dayRoom.events.push({
      guid: sessionUid(session.id),
      id: session.id,
      date: toZonedIso(start, zone),
      start: `${pad(clock.hour)}:${pad(clock.minute)}`,
      duration: frabDuration(session.durationMinutes),
      room,
      slug: `${acronym}-${slugify(session.title) || 'session'}-${session.id}`,
      url: absoluteUrl(sitePaths.session(edition.year, session.id), siteUrl),
      title: session.title,
      subtitle: '',
      track: type,
      type,
      language: LANGUAGE,
      abstract: session.description?.trim() ?? '',
      description: '',
      persons: (session.people ?? session.speakers.map((name) => ({ id: '', name }))).map(({ id, name }) => ({ id, name })),
      links,
    })
  }

  // Rooms appear in the order they are first used; a day lists them the same way.
  for (const day of days.values()) day.rooms.sort((a, b) => roomOrder.indexOf(a.name) - roomOrder.indexOf(b.name))
  const dayList = [...days.values()]
  const workshopDay = edition.date ? calendarDay(edition.date, 'UTC') : ''
  const conference = {
    acronym,
    title: edition.name,
    start: dayList[0]?.date ?? workshopDay,
    end: dayList[dayList.length - 1]?.date ?? workshopDay,
    timeslotDuration: frabDuration(TIMESLOT_MINUTES),
    timeZoneName: zone,
    rooms: roomOrder.map((name) => ({ name, guid: nameBasedGuid(name) })),
    days: dayList,
  }
  // The version changes with any change to the program, and only then: apps compare it to decide
  // whether to reload.
  const version = createHash('sha256').update(JSON.stringify(conference)).digest('hex').slice(0, 12)
  const baseUrl = absoluteUrl('/', siteUrl)
  return { version, baseUrl, url: absoluteUrl(sitePaths.edition(edition.year), siteUrl), conference }
}

/** frab's schedule.xml. xmlbuilder2 escapes text and attributes; control characters XML forbids are dropped. */
export function frabXml(schedule: FrabSchedule): string {
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele('schedule')
  root.ele('generator', { name: 'SyntaGen portal' })
  root.ele('version').txt(schedule.version)
  const { conference } = schedule
  const head = root.ele('conference')
  head.ele('acronym').txt(conference.acronym)
  head.ele('title').txt(conference.title)
  head.ele('start').txt(conference.start)
  head.ele('end').txt(conference.end)
  head.ele('days').txt(String(conference.days.length))
  head.ele('timeslot_duration').txt(conference.timeslotDuration)
  head.ele('base_url').txt(schedule.baseUrl)
  head.ele('time_zone_name').txt(conference.timeZoneName)
  for (const day of conference.days) {
    const dayElement = root.ele('day', { index: String(day.index), date: day.date, start: day.start, end: day.end })
    for (const room of day.rooms) {
      const roomElement = dayElement.ele('room', { name: room.name, guid: room.guid })
      for (const event of room.events) {
        const element = roomElement.ele('event', { guid: event.guid, id: event.id })
        element.ele('date').txt(event.date)
        element.ele('start').txt(event.start)
        element.ele('duration').txt(event.duration)
        element.ele('room').txt(event.room)
        element.ele('slug').txt(event.slug)
        element.ele('url').txt(event.url)
        element.ele('title').txt(event.title)
        element.ele('subtitle').txt(event.subtitle)
        element.ele('track').txt(event.track)
        element.ele('type').txt(event.type)
        element.ele('language').txt(event.language)
        element.ele('abstract').txt(event.abstract)
        element.ele('description').txt(event.description)
        const persons = element.ele('persons')
        for (const person of event.persons) persons.ele('person', { id: person.id }).txt(person.name)
        const links = element.ele('links')
        for (const link of event.links) links.ele('link', { href: link.href }).txt(link.title)
        element.ele('attachments')
      }
    }
  }
  return root.end({ prettyPrint: true })
}

/** pretalx's schedule.json: the same model, rooms keyed by name within each day. */
export function frabJson(schedule: FrabSchedule): unknown {
  const { conference } = schedule
  return {
    schedule: {
      version: schedule.version,
      base_url: schedule.baseUrl,
      url: schedule.url,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        daysCount: conference.days.length,
        timeslot_duration: conference.timeslotDuration,
        time_zone_name: conference.timeZoneName,
        rooms: conference.rooms,
        days: conference.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map((room) => [
              room.name,
              room.events.map((event) => ({
                guid: event.guid,
                id: event.id,
                date: event.date,
                start: event.start,
                duration: event.duration,
                room: event.room,
                slug: event.slug,
                url: event.url,
                title: event.title,
                subtitle: event.subtitle,
                track: event.track,
                type: event.type,
                language: event.language,
                abstract: event.abstract,
                description: event.description,
                persons: event.persons.map((person) => ({ id: person.id, name: person.name, public_name: person.name })),
                links: event.links.map((link) => ({ url: link.href, title: link.title })),
                attachments: [],
              })),
            ]),
          ),
        })),
      },
    },
  }
}
