/**
 * Instants and the zones they are read in. Everything is stored as a UTC instant; a zone is only
 * chosen when a person reads it: the venue's for the schedule, Anywhere on Earth or a named zone
 * for deadlines. Formatting goes through date-fns (not Intl) so a string is the same on every
 * server, whatever its ICU data or locale.
 */
import { TZDate, tzName, tzOffset } from '@date-fns/tz'
import { format } from 'date-fns'

import { addMinutes } from './validation'
import { ANYWHERE_ON_EARTH } from './timeZones'

export type Instant = Date | string

/** A stored date (an ISO string from Payload) or a Date, as a Date; a clear error for anything else. */
export function toInstant(value: Instant): Date {
  const instant = value instanceof Date ? new Date(value.getTime()) : new Date(value)
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${String(value)}" is not a date and time.`)
  return instant
}

function inZone(instant: Instant, zone: string): TZDate {
  return new TZDate(toInstant(instant).getTime(), zone)
}

// ---------------------------------------------------------------------------------------------
// Which zone a date is read in

/** The IANA zone an important date is read in. A "zone" rule without a zone falls back to the venue's. */
export function deadlineZone(date: { readAs?: string | null; timeZone?: string | null }, venueZone: string): string {
  if (date.readAs === 'aoe') return ANYWHERE_ON_EARTH
  if (date.readAs === 'zone' && date.timeZone) return date.timeZone
  return venueZone
}

// ---------------------------------------------------------------------------------------------
// Labels

const MINUS = '\u2212'

/** "UTC−7", "UTC+5:30", "UTC+0": the offset of `zone` at that instant, with a real minus sign. */
export function utcOffsetLabel(zone: string, at: Date): string {
  const minutes = tzOffset(zone, at)
  const sign = minutes < 0 ? MINUS : '+'
  const hours = Math.floor(Math.abs(minutes) / 60)
  const rest = Math.abs(minutes) % 60
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`
}

/**
 * CLDR only gives an abbreviation in the locale that commonly uses it ("BST" in en-GB, "IST" in
 * en-IN, "PDT" in en-US). Asking these English locales in turn finds the one a visitor from that
 * region would recognise; every other zone gets the bare offset.
 */
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'] as const

/**
 * Zones without daylight saving whose common abbreviation CLDR has no English name for. Each
 * applies only while the zone still has the listed offset, so a change in the rules falls back to
 * the bare offset instead of a wrong name. (China's and Taiwan's "CST" are left out: it reads as
 * US Central.)
 */
const KNOWN_ABBREVIATIONS: Record<string, { abbreviation: string; offsetMinutes: number }> = {
  'Asia/Bangkok': { abbreviation: 'ICT', offsetMinutes: 420 },
  'Asia/Ho_Chi_Minh': { abbreviation: 'ICT', offsetMinutes: 420 },
  'Asia/Singapore': { abbreviation: 'SGT', offsetMinutes: 480 },
  'Asia/Hong_Kong': { abbreviation: 'HKT', offsetMinutes: 480 },
  'Asia/Seoul': { abbreviation: 'KST', offsetMinutes: 540 },
  'Asia/Tokyo': { abbreviation: 'JST', offsetMinutes: 540 },
}

// "GMT+7", "GMT-3", "UTC+5:30": a name that is only an offset. Plain "GMT" (London in winter) is a real name.
const OFFSET_ONLY = /^(GMT|UTC)[-+\u2212]\d/

// Building an Intl.DateTimeFormat is slow next to using one; a schedule asks for the same few.
const shortZoneNameFormats = new Map<string, Intl.DateTimeFormat>()

function shortZoneNameFormat(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale} ${zone}`
  let formatter = shortZoneNameFormats.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    shortZoneNameFormats.set(key, formatter)
  }
  return formatter
}

/** "PDT", "CEST", "ICT", or undefined where no abbreviation is in common use. */
export function zoneAbbreviation(zone: string, at: Date): string | undefined {
  const known = KNOWN_ABBREVIATIONS[zone]
  if (known && tzOffset(zone, at) === known.offsetMinutes) return known.abbreviation
  for (const locale of ABBREVIATION_LOCALES) {
    const name = shortZoneNameFormat(locale, zone)
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value
    if (name && !OFFSET_ONLY.test(name)) return name
  }
  return undefined
}

/** "AoE (UTC−12)", "PDT (UTC−7)", "ICT (UTC+7)", "UTC+4:30", "UTC". */
export function zoneLabel(zone: string, at: Date): string {
  const offset = utcOffsetLabel(zone, at)
  if (zone === ANYWHERE_ON_EARTH) return `AoE (${offset})`
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC'
  const abbreviation = zoneAbbreviation(zone, at)
  return abbreviation ? `${abbreviation} (${offset})` : offset
}

/** "Pacific Daylight Time"; for a tooltip next to the short label. */
export function zoneLongName(zone: string, at: Date): string {
  if (zone === ANYWHERE_ON_EARTH) return 'Anywhere on Earth'
  return tzName(zone, at, 'long')
}

// ---------------------------------------------------------------------------------------------
// Formatting (English, day before month, 24-hour clock)

/** "08:25" */
export function formatTime(instant: Instant, zone: string): string {
  return format(inZone(instant, zone), 'HH:mm')
}

export type DateStyle = 'full' | 'long' | 'short'

const DATE_PATTERNS: Record<DateStyle, string> = {
  full: 'EEEE, d MMMM yyyy', // Monday, 17 June 2024
  long: 'd MMMM yyyy', // 17 June 2024
  short: 'd MMM yyyy', // 17 Jun 2024
}

/** "Monday, 17 June 2024"; `{ style: 'long' }` "17 June 2024"; `{ style: 'short' }` "17 Jun 2024". */
export function formatDate(instant: Instant, zone: string, opts: { style?: DateStyle } = {}): string {
  return format(inZone(instant, zone), DATE_PATTERNS[opts.style ?? 'full'])
}

/** "22 March 2024, 23:59" */
export function formatDateTime(instant: Instant, zone: string): string {
  return format(inZone(instant, zone), 'd MMMM yyyy, HH:mm')
}

/** "2024-06-17T08:25:00-07:00": ISO 8601 with the zone's offset, as schema.org and <time> like it. */
export function toZonedIso(instant: Instant, zone: string): string {
  return format(inZone(instant, zone), "yyyy-MM-dd'T'HH:mm:ssxxx")
}

/** "2024-06-17": the calendar day of the instant in `zone`; a key to group a schedule by day. */
export function calendarDay(instant: Instant, zone: string): string {
  return format(inZone(instant, zone), 'yyyy-MM-dd')
}

// ---------------------------------------------------------------------------------------------
// Wall clocks

export type WallClock = { year: number; monthIndex: number; day: number; hour: number; minute: number }

/** What a clock on the wall in `zone` shows at the instant. */
export function toWallClock(instant: Instant, zone: string): WallClock {
  const local = inZone(instant, zone)
  return {
    year: local.getFullYear(),
    monthIndex: local.getMonth(),
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
  }
}

/** The wall clock at the venue, the way the schedule is printed. */
export function toVenueWallClock(instant: Instant, venueZone: string): WallClock {
  return toWallClock(instant, venueZone)
}

/** The wall clock Anywhere on Earth, the way a call for papers states a deadline. */
export function toAnywhereOnEarth(instant: Instant): WallClock {
  return toWallClock(instant, ANYWHERE_ON_EARTH)
}

/**
 * The instant a wall clock in `zone` shows the given time. A time skipped by a daylight-saving
 * jump moves forward by the jump (02:30 on the spring-forward night is 03:30 daylight time);
 * a time that occurs twice is read as its first occurrence.
 */
export function wallClockToInstant(
  year: number,
  monthIndex: number,
  day: number,
  hour: number,
  minute: number,
  zone: string,
): Date {
  return new Date(new TZDate(year, monthIndex, day, hour, minute, zone).getTime())
}

/**
 * The same wall-clock time `years` later in `zone`: 23:59 AoE stays 23:59 AoE, 09:00 in Chicago
 * stays 09:00 whether or not daylight-saving time differs. 29 February becomes 28 February.
 */
export function sameWallClockYearsLater(instant: Instant, zone: string, years: number): Date {
  const clock = toWallClock(instant, zone)
  const seconds = inZone(instant, zone).getSeconds()
  const year = clock.year + years
  const lastDayOfMonth = new Date(Date.UTC(year, clock.monthIndex + 1, 0)).getUTCDate()
  const moved = wallClockToInstant(year, clock.monthIndex, Math.min(clock.day, lastDayOfMonth), clock.hour, clock.minute, zone)
  return new Date(moved.getTime() + seconds * 1000)
}

// ---------------------------------------------------------------------------------------------
// Deadlines and sessions

/** True once the instant has gone by; a deadline at 23:59 is still open at 23:59:00 exactly. */
export function isPast(instant: Instant, now: Date = new Date()): boolean {
  return toInstant(instant).getTime() < now.getTime()
}

/** The earliest date that is not past yet, whatever the order of `dates`. */
export function nextDeadline<T extends { due: string }>(dates: T[], now: Date = new Date()): T | undefined {
  let next: T | undefined
  let nextTime = Number.POSITIVE_INFINITY
  for (const date of dates) {
    const time = toInstant(date.due).getTime()
    if (time < now.getTime() || time >= nextTime) continue
    next = date
    nextTime = time
  }
  return next
}

export function sessionEnd(start: Instant, durationMinutes: number): Date {
  return addMinutes(toInstant(start), durationMinutes)
}
