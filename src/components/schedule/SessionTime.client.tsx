'use client'

import { calendarDay, formatDate, formatTime } from '@/lib/time'

import { useNow, useScheduleZone } from '../time/clock'

type SessionTimeProps = {
  start: string
  end: string
  venueZone: string
  /** The start of the session before this one: between it and this start, this one is next. */
  previousStart?: string
  renderedAt: number
}

// Before the first session, it is "next" for this long.
const NEXT_WINDOW_MS = 60 * 60_000

/** A session's start and end in the chosen zone, with a "Now" or "Next" badge during the event. */
export function SessionTime({ start, end, venueZone, previousStart, renderedAt }: SessionTimeProps) {
  const { zone } = useScheduleZone(venueZone)
  const now = useNow(renderedAt)
  const startMs = Date.parse(start)
  const endMs = Date.parse(end)
  const nextFrom = previousStart ? Date.parse(previousStart) : startMs - NEXT_WINDOW_MS
  const status = startMs <= now && now < endMs ? 'Now' : nextFrom <= now && now < startMs ? 'Next' : undefined
  // The row's date is the venue's; a visitor far away may be on another day.
  const otherDay = calendarDay(start, zone) !== calendarDay(start, venueZone)

  return (
    <>
      <time dateTime={start}>{formatTime(start, zone)}</time>–<time dateTime={end}>{formatTime(end, zone)}</time>
      {otherDay ? <span className="session-day"> {formatDate(start, zone, { style: 'short' })}</span> : null}
      {status ? <span className={`badge badge-${status.toLowerCase()}`}> {status}</span> : null}
    </>
  )
}
