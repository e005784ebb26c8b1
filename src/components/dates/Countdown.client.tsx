'use client'

import { nextDeadline } from '@/lib/time'

import { MINUTE_MS, SECOND_MS, useNow } from '../time/clock'
import { countdownCadence, remainingText } from './countdownText'

type CountdownProps = {
  dates: { label: string; due: string }[]
  renderedAt: number
}

/** Counts down to the next date that has not passed; nothing once all have. */
export function Countdown({ dates, renderedAt }: CountdownProps) {
  // A minute clock decides whether the last hour has begun; only then does it count seconds.
  const minuteNow = useNow(renderedAt, MINUTE_MS)
  const upcoming = nextDeadline(dates, new Date(minuteNow))
  const cadence = upcoming ? countdownCadence(Date.parse(upcoming.due) - minuteNow) : MINUTE_MS
  const now = useNow(renderedAt, cadence === 'second' ? SECOND_MS : MINUTE_MS)
  const next = nextDeadline(dates, new Date(now))
  if (!next) return null
  return (
    <p className="countdown">
      Next: <strong>{next.label}</strong>, in{' '}
      {/* role=timer is not announced on every tick (its live region is off by default). */}
      <span role="timer">{remainingText(Date.parse(next.due) - now)}</span>
    </p>
  )
}
