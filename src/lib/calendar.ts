/**
 * iCalendar (RFC 5545) files for the schedule and the important dates, built with ical-generator
 * so escaping, line folding and CRLFs are never hand-written.
 *
 * What keeps subscribed calendars correct:
 * - UIDs depend only on the document id, never on the site's address, so a domain move does not
 *   duplicate every event;
 * - SEQUENCE is the session's `sequence` (bumped by a hook on every save) and DTSTAMP its
 *   `updatedAt`, so clients replace an event instead of adding a copy;
 * - every time is written in UTC ("Z"): no VTIMEZONE to get wrong, and each client shows it in its
 *   own zone. The venue's zone is only a hint (X-WR-TIMEZONE).
 * The output depends on the input alone (no "now"), so the same data gives the same bytes and the
 * route handlers can answer a calendar app's poll with 304 Not Modified.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator'
import type { ICalCalendar, ICalEventData } from 'ical-generator'

import { absoluteUrl, sitePaths } from './siteUrl'
import { calendarDay, deadlineZone, formatDate, formatDateTime, sessionEnd, toInstant, zoneLabel } from './time'

export type CalendarEdition = {
  name: string
  year: number
  timeZone: string
  venue?: string | null
  city?: string | null
  room?: string | null
  /** The host conference ("CVPR"); the schedule feeds name the workshop after it. */
  conference?: string | null
  /** The workshop day, pinned to noon UTC. */
  date?: string | null
  isCurrent?: boolean | null
}

/** A speaker as the feeds list them; the id is the document id, stable across renames. */
export type CalendarPerson = { id: string; name: string; slug?: string | null }

export type CalendarSession = {
  id: string
  title: string
  kind: string
  /** "Invited talk" for kind "invited-talk"; shown as the event's category. */
  kindLabel?: string | null
  start: string
  durationMinutes: number
  room?: string | null
  description?: string | null
  speakers: string[]
  /** The same speakers with their ids, for the feeds that identify people (frab). */
  people?: CalendarPerson[]
  links?: { slides?: string | null; video?: string | null }
  sequence: number
  updatedAt: string
}

export type CalendarImportantDate = {
  id: string
  label: string
  due: string
  kind: string
  /** How the date is read (aoe | venue | zone); all-day dates fall on the day in that zone. */
  readAs?: string | null
  timeZone?: string | null
  showTime?: boolean | null
  note?: string | null
  updatedAt: string
}

export type ScheduleCalendarInput = {
  edition: CalendarEdition
  sessions: CalendarSession[]
  siteUrl: string
  /** A visitor's own selection of the program (/schedule.ics?sessions=…): named as theirs. */
  personal?: boolean
}
export type SessionCalendarInput = { edition: CalendarEdition; session: CalendarSession; siteUrl: string }
export type DatesCalendarInput = { edition: CalendarEdition; dates: CalendarImportantDate[]; siteUrl: string }

/** Fixed on purpose (not the site's host): a UID that changes turns every update into a duplicate. */
const UID_DOMAIN = 'syntagen'

export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@${UID_DOMAIN}`
}

export function importantDateUid(dateId: string): string {
  return `date-${dateId}@${UID_DOMAIN}`
}

/** A hint to subscribing apps (REFRESH-INTERVAL, X-PUBLISHED-TTL); most poll less often anyway. */
const REFRESH_SECONDS = 60 * 60

function newCalendar(name: string, edition: CalendarEdition, siteUrl: string, description: string): ICalCalendar {
  return ical({
    prodId: { company: 'SyntaGen', product: 'Workshop portal', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name,
    description,
    url: absoluteUrl(sitePaths.edition(edition.year), siteUrl),
    ttl: REFRESH_SECONDS,
    // Not `timezone:`: ical-generator would then write local times without a VTIMEZONE to anchor them.
    x: [['X-WR-TIMEZONE', edition.timeZone]],
  })
}

/** "Arch 213, Seattle Convention Center, Seattle": the most specific place first, blanks and repeats dropped. */
export function eventLocation(...parts: (string | null | undefined)[]): string | undefined {
  const seen = new Set<string>()
  for (const part of parts) {
    const trimmed = part?.trim()
    if (trimmed) seen.add(trimmed)
  }
  return seen.size > 0 ? [...seen].join(', ') : undefined
}

/** The event a session becomes in every calendar format (.ics and xCal share it). */
export function sessionEvent(edition: CalendarEdition, session: CalendarSession, siteUrl: string): ICalEventData {
  const start = toInstant(session.start)
  const url = absoluteUrl(sitePaths.session(edition.year, session.id), siteUrl)
  const description = [
    session.description?.trim(),
    session.speakers.length > 0 ? `Speakers: ${session.speakers.join(', ')}` : undefined,
    url,
  ].filter(Boolean)
  const category = session.kindLabel ?? session.kind
  return {
    id: sessionUid(session.id),
    sequence: session.sequence,
    stamp: toInstant(session.updatedAt),
    lastModified: toInstant(session.updatedAt),
    start,
    end: sessionEnd(start, session.durationMinutes),
    summary: session.title,
    description: description.join('\n\n'),
    location: eventLocation(session.room ?? edition.room, edition.venue, edition.city) ?? null,
    url,
    categories: category ? [{ name: category }] : [],
    status: ICalEventStatus.CONFIRMED,
  }
}

/**
 * The program of one edition, one event per session: all of it, or the sessions a visitor starred
 * (the same events with the same UIDs, so importing both never duplicates one).
 */
export function scheduleCalendar({ edition, sessions, siteUrl, personal = false }: ScheduleCalendarInput): string {
  const calendar = personal
    ? newCalendar(`My ${edition.name} schedule`, edition, siteUrl, `The sessions of ${edition.name} I starred.`)
    : newCalendar(`${edition.name} schedule`, edition, siteUrl, `The program of ${edition.name}.`)
  for (const session of sessions) calendar.createEvent(sessionEvent(edition, session, siteUrl))
  return calendar.toString()
}

/** One session, as the same event (same UID) the schedule feed carries, so the two never duplicate. */
export function sessionCalendar({ edition, session, siteUrl }: SessionCalendarInput): string {
  const calendar = newCalendar(`${session.title} · ${edition.name}`, edition, siteUrl, `A session of ${edition.name}.`)
  calendar.createEvent(sessionEvent(edition, session, siteUrl))
  return calendar.toString()
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1)

/**
 * Important dates have no change counter, but SEQUENCE must grow when a deadline moves or a client
 * that imported the file keeps the old one. Seconds since 2020 grow with every save and stay within
 * the 32-bit integer RFC 5545 allows until 2088.
 */
export function sequenceFromUpdatedAt(updatedAt: string): number {
  return Math.max(0, Math.floor((toInstant(updatedAt).getTime() - SEQUENCE_EPOCH_MS) / 1000))
}

function importantDateEvent(edition: CalendarEdition, date: CalendarImportantDate, siteUrl: string): ICalEventData {
  const zone = deadlineZone(date, edition.timeZone)
  const due = toInstant(date.due)
  const url = absoluteUrl(sitePaths.importantDates(edition.year), siteUrl)
  const allDay = date.showTime === false
  const when = allDay ? formatDate(due, zone, { style: 'long' }) : `${formatDateTime(due, zone)} ${zoneLabel(zone, due)}`
  const description = [`${allDay ? 'On' : 'Due'} ${when}${date.note ? ` (${date.note})` : ''}.`, url].join('\n\n')
  const common = {
    id: importantDateUid(date.id),
    sequence: sequenceFromUpdatedAt(date.updatedAt),
    stamp: toInstant(date.updatedAt),
    lastModified: toInstant(date.updatedAt),
    // Deadlines land in personal calendars next to other workshops' deadlines: name the edition.
    summary: `${edition.name}: ${date.label}`,
    description,
    url,
    categories: [{ name: date.kind }],
    transparency: ICalEventTransparency.TRANSPARENT,
  }
  if (!allDay) return { ...common, start: due, end: due }
  // A DATE value carries no zone: ical-generator writes the UTC day of the Date it is given, so
  // hand it midnight UTC of the day the date falls on in its own zone.
  const [year, month, day] = calendarDay(due, zone).split('-').map(Number) as [number, number, number]
  const dayStart = new Date(Date.UTC(year, month - 1, day))
  return { ...common, allDay: true, start: dayStart, end: new Date(dayStart.getTime() + ONE_DAY_MS) }
}

/**
 * The important dates of one edition. A deadline is a point in time (DTEND = DTSTART), shown in
 * each visitor's own zone; a date without a time (the workshop day) is an all-day event.
 */
export function datesCalendar({ edition, dates, siteUrl }: DatesCalendarInput): string {
  const calendar = newCalendar(`${edition.name} important dates`, edition, siteUrl, `Deadlines and dates of ${edition.name}.`)
  for (const date of dates) calendar.createEvent(importantDateEvent(edition, date, siteUrl))
  return calendar.toString()
}
