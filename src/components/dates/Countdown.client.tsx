'use client'

import { nextDeadline } from '@/lib/time'

import { useNow } from '../time/clock'

type CountdownProps = {
  dates: { label: string; due: string }[]
  renderedAt: number
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const

/** "3 days, 4 hours, 0 minutes, 12 seconds": the largest non-zero unit and everything below it. */
function remainingText(milliseconds: number): string {
  let rest = Math.max(0, milliseconds)
  const parts: string[] = []
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count === 0 && parts.length === 0 && unit !== 'second') continue
    parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`)
  }
  return parts.join(', ')
}

/** Counts down to the next date that has not passed; nothing once all have. */
export function Countdown({ dates, renderedAt }: CountdownProps) {
  const now = useNow(renderedAt)
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
