import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  calendarDay,
  deadlineZone,
  formatDate,
  formatDateTime,
  formatTime,
  isPast,
  nextDeadline,
  sessionEnd,
  toAnywhereOnEarth,
  toInstant,
  toVenueWallClock,
  toZonedIso,
  utcOffsetLabel,
  wallClockToInstant,
  zoneLabel,
} from '../../src/lib/time'
import { ANYWHERE_ON_EARTH } from '../../src/lib/timeZones'

const LA = 'America/Los_Angeles'
const HCMC = 'Asia/Ho_Chi_Minh'
const MINUS = '\u2212'

// The server's own zone must never leak into a result: run everything from a zone no venue uses.
const hostZone = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Pacific/Kiritimati' // UTC+14
})
afterAll(() => {
  if (hostZone === undefined) delete process.env.TZ
  else process.env.TZ = hostZone
})

describe('deadlineZone', () => {
  it('reads each rule in its zone', () => {
    expect(deadlineZone({ readAs: 'aoe' }, LA)).toBe('Etc/GMT+12')
    expect(deadlineZone({ readAs: 'venue', timeZone: 'Europe/Paris' }, LA)).toBe(LA)
    expect(deadlineZone({ readAs: 'zone', timeZone: 'Europe/Paris' }, LA)).toBe('Europe/Paris')
  })

  it('falls back to the venue when a "zone" rule names no zone, or no rule is set', () => {
    expect(deadlineZone({ readAs: 'zone', timeZone: null }, LA)).toBe(LA)
    expect(deadlineZone({}, 'Asia/Tokyo')).toBe('Asia/Tokyo')
  })
})

describe('a session at 08:25 in Seattle on 17 June 2024', () => {
  const start = wallClockToInstant(2024, 5, 17, 8, 25, LA)

  it('is 15:25 UTC', () => {
    expect(start.toISOString()).toBe('2024-06-17T15:25:00.000Z')
  })

  it('reads 08:25 at the venue and 22:25 in Ho Chi Minh City', () => {
    expect(formatTime(start, LA)).toBe('08:25')
    expect(formatTime(start, HCMC)).toBe('22:25')
    expect(formatTime('2024-06-17T15:25:00.000Z', HCMC)).toBe('22:25')
  })

  it('formats the day in English, day before month', () => {
    expect(formatDate(start, LA)).toBe('Monday, 17 June 2024')
    expect(formatDate(start, LA, { style: 'long' })).toBe('17 June 2024')
    expect(formatDate(start, LA, { style: 'short' })).toBe('17 Jun 2024')
    expect(formatDateTime(start, LA)).toBe('17 June 2024, 08:25')
  })

  it('writes ISO 8601 with the venue offset', () => {
    expect(toZonedIso(start, LA)).toBe('2024-06-17T08:25:00-07:00')
    expect(toZonedIso(start, 'UTC')).toBe('2024-06-17T15:25:00+00:00')
  })

  it('gives the venue wall clock back', () => {
    expect(toVenueWallClock(start, LA)).toEqual({ year: 2024, monthIndex: 5, day: 17, hour: 8, minute: 25 })
  })

  it('ends after its duration', () => {
    expect(sessionEnd(start, 5).toISOString()).toBe('2024-06-17T15:30:00.000Z')
    expect(sessionEnd('2024-06-17T15:25:00.000Z', 35).toISOString()).toBe('2024-06-17T16:00:00.000Z')
  })
})

describe('Anywhere on Earth', () => {
  const deadline = wallClockToInstant(2024, 2, 22, 23, 59, ANYWHERE_ON_EARTH)

  it('23:59 AoE on 22 March 2024 is 11:59 UTC on 23 March', () => {
    expect(deadline.toISOString()).toBe('2024-03-23T11:59:00.000Z')
  })

  it('reads as the call for papers states it, and later elsewhere', () => {
    expect(formatDateTime(deadline, ANYWHERE_ON_EARTH)).toBe('22 March 2024, 23:59')
    expect(toAnywhereOnEarth(deadline)).toEqual({ year: 2024, monthIndex: 2, day: 22, hour: 23, minute: 59 })
    expect(formatDateTime(deadline, 'UTC')).toBe('23 March 2024, 11:59')
    expect(formatDate(deadline, 'Asia/Tokyo')).toBe('Saturday, 23 March 2024')
    expect(calendarDay(deadline, ANYWHERE_ON_EARTH)).toBe('2024-03-22')
    expect(calendarDay(deadline, 'Asia/Tokyo')).toBe('2024-03-23')
  })

  it('is labelled AoE with a real minus sign', () => {
    expect(zoneLabel(ANYWHERE_ON_EARTH, deadline)).toBe(`AoE (UTC${MINUS}12)`)
    expect(zoneLabel(ANYWHERE_ON_EARTH, deadline)).not.toContain('-')
  })
})

describe('daylight saving time in Los Angeles', () => {
  // Sunday 10 March 2024: 02:00 PST jumps to 03:00 PDT (10:00 UTC).
  it('changes the offset at the boundary', () => {
    const before = wallClockToInstant(2024, 2, 10, 1, 30, LA)
    const after = wallClockToInstant(2024, 2, 10, 3, 30, LA)
    expect(before.toISOString()).toBe('2024-03-10T09:30:00.000Z')
    expect(after.toISOString()).toBe('2024-03-10T10:30:00.000Z')
    expect(zoneLabel(LA, before)).toBe(`PST (UTC${MINUS}8)`)
    expect(zoneLabel(LA, after)).toBe(`PDT (UTC${MINUS}7)`)
  })

  it('an hour-long session from 01:30 ends at 03:30 on the wall clock', () => {
    const start = wallClockToInstant(2024, 2, 10, 1, 30, LA)
    expect(formatTime(sessionEnd(start, 60), LA)).toBe('03:30')
  })

  it('moves a skipped wall-clock time forward by the jump', () => {
    expect(wallClockToInstant(2024, 2, 10, 2, 30, LA).toISOString()).toBe('2024-03-10T10:30:00.000Z')
  })

  it('reads a repeated wall-clock time as its first occurrence', () => {
    // Sunday 3 November 2024: 01:00–02:00 happens twice; the first is PDT.
    expect(wallClockToInstant(2024, 10, 3, 1, 30, LA).toISOString()).toBe('2024-11-03T08:30:00.000Z')
  })
})

describe('zoneLabel', () => {
  const june = new Date('2024-06-17T12:00:00Z')
  const january = new Date('2024-01-15T12:00:00Z')

  it('gives the abbreviation and the offset', () => {
    expect(zoneLabel(LA, june)).toBe(`PDT (UTC${MINUS}7)`)
    expect(zoneLabel(LA, january)).toBe(`PST (UTC${MINUS}8)`)
    expect(zoneLabel('America/Chicago', june)).toBe(`CDT (UTC${MINUS}5)`)
    expect(zoneLabel('Europe/London', june)).toBe('BST (UTC+1)')
    expect(zoneLabel('Europe/Paris', june)).toBe('CEST (UTC+2)')
    expect(zoneLabel(HCMC, june)).toBe('ICT (UTC+7)')
  })

  it('says UTC+8 where no abbreviation is in common use, never GMT+8', () => {
    expect(zoneLabel('Asia/Shanghai', june)).toBe('UTC+8')
    expect(zoneLabel('America/Sao_Paulo', june)).toBe(`UTC${MINUS}3`)
  })

  it('writes half and quarter hours', () => {
    expect(utcOffsetLabel('Asia/Kolkata', june)).toBe('UTC+5:30')
    expect(zoneLabel('Asia/Kathmandu', june)).toBe('UTC+5:45')
  })

  it('calls UTC just UTC', () => {
    expect(zoneLabel('UTC', june)).toBe('UTC')
  })
})

describe('isPast', () => {
  const due = '2024-03-23T11:59:00.000Z'

  it('is false up to and at the deadline, true a moment after', () => {
    expect(isPast(due, new Date('2024-03-23T11:58:59.999Z'))).toBe(false)
    expect(isPast(due, new Date('2024-03-23T11:59:00.000Z'))).toBe(false)
    expect(isPast(due, new Date('2024-03-23T11:59:00.001Z'))).toBe(true)
    expect(isPast(new Date(due), new Date('2025-01-01T00:00:00Z'))).toBe(true)
  })
})

describe('nextDeadline', () => {
  const dates = [
    { label: 'Camera-ready', due: '2024-04-12T11:59:00.000Z' },
    { label: 'Submission', due: '2024-03-23T11:59:00.000Z' },
    { label: 'Notification', due: '2024-04-05T07:00:00.000Z' },
  ]

  it('finds the soonest date still open, whatever the order', () => {
    expect(nextDeadline(dates, new Date('2024-03-01T00:00:00Z'))?.label).toBe('Submission')
    expect(nextDeadline(dates, new Date('2024-03-23T11:59:00.000Z'))?.label).toBe('Submission')
    expect(nextDeadline(dates, new Date('2024-03-23T12:00:00Z'))?.label).toBe('Notification')
  })

  it('is undefined once everything is past', () => {
    expect(nextDeadline(dates, new Date('2024-05-01T00:00:00Z'))).toBeUndefined()
    expect(nextDeadline([], new Date())).toBeUndefined()
  })
})

describe('toInstant', () => {
  it('refuses what is not a date', () => {
    expect(() => toInstant('next Tuesday')).toThrow(RangeError)
    expect(() => formatTime('', LA)).toThrow('"" is not a date and time.')
  })
})
