'use client'

import { passedLabel } from '@/lib/importantDates/passed'
import type { ImportantDateView } from '@/lib/reshape'
import { formatDateTime, isPast, zoneLabel } from '@/lib/time'

import { useMinuteClock, useVisitorZone } from '../time/clock'

type DueDateProps = {
  due: string
  kind: ImportantDateView['kind']
  /** The date in its rule (AoE, venue or a named zone), formatted on the server. */
  inRule: string
  showTime: boolean
  note?: string
  renderedAt: number
}

/**
 * A date in its rule, marked calmly once past ("closed", "held"), with the visitor's local time
 * beside a timed deadline. A whole day is the same day for everyone: it gets no local time.
 */
export function DueDate({ due, kind, inRule, showTime, note, renderedAt }: DueDateProps) {
  const now = useMinuteClock(renderedAt)
  const visitorZone = useVisitorZone()
  const passed = isPast(due, new Date(now))
  const instant = new Date(due)

  return (
    <>
      {passed ? <span className="date-past">{inRule}</span> : <strong>{inRule}</strong>}
      {note ? <span className="date-note"> ({note})</span> : null}
      {passed ? <span className="date-status">{passedLabel(kind)}</span> : null}
      {visitorZone && showTime ? (
        <span className="local-time">
          Your time: {formatDateTime(instant, visitorZone)} {zoneLabel(visitorZone, instant)}
        </span>
      ) : null}
    </>
  )
}
