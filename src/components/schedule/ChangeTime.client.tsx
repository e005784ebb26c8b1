'use client'

import { calendarDay, formatDate, formatDateTime, formatTime } from '@/lib/time'

import { useScheduleZone } from '../time/clock'

/**
 * A time a schedule change mentions ("moved from 9:00"), in the zone the schedule is shown in.
 * The day is added when it is not the day of `sameDayAs`, the time it is read next to.
 */
export function ChangedTime({ at, sameDayAs, venueZone }: { at: string; sameDayAs?: string; venueZone: string }) {
  const { zone } = useScheduleZone(venueZone)
  const otherDay = sameDayAs !== undefined && calendarDay(at, zone) !== calendarDay(sameDayAs, zone)
  return (
    <time dateTime={at}>
      {otherDay ? `${formatDate(at, zone, { style: 'short' })}, ` : ''}
      {formatTime(at, zone)}
    </time>
  )
}

/** A moment with its date ("17 June 2091, 09:30"), in the zone the schedule is shown in. */
export function ChangedMoment({ at, venueZone }: { at: string; venueZone: string }) {
  const { zone } = useScheduleZone(venueZone)
  return <time dateTime={at}>{formatDateTime(at, zone)}</time>
}

/** The day of an instant ("17 Jun 2091"), in the zone the schedule is shown in. */
export function ChangedDay({ at, venueZone }: { at: string; venueZone: string }) {
  const { zone } = useScheduleZone(venueZone)
  return <time dateTime={at}>{formatDate(at, zone, { style: 'short' })}</time>
}
