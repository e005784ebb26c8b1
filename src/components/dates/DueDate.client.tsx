'use client'

import { formatDate, formatDateTime, isPast, zoneLabel } from '@/lib/time'

import { useNow, useVisitorZone } from '../time/clock'

type DueDateProps = {
  due: string
  /** The date in its rule (AoE, venue or a named zone), formatted on the server. */
  inRule: string
  showTime: boolean
  renderedAt: number
}

/** A date in its rule, struck through once past, with the visitor's local time beside it. */
export function DueDate({ due, inRule, showTime, renderedAt }: DueDateProps) {
  const now = useNow(renderedAt)
  const visitorZone = useVisitorZone()
  const passed = isPast(due, new Date(now))
  const instant = new Date(due)

  return (
    <>
      {passed ? (
        <>
          <s>{inRule}</s> <span className="passed">(passed)</span>
        </>
      ) : (
        <strong>{inRule}</strong>
      )}
      {visitorZone ? (
        <span className="local-time">
          Your time:{' '}
          {showTime
            ? `${formatDateTime(instant, visitorZone)} ${zoneLabel(visitorZone, instant)}`
            : formatDate(instant, visitorZone, { style: 'long' })}
        </span>
      ) : null}
    </>
  )
}
