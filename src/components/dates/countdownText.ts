/**
 * The countdown's words and pace. Far from a deadline it reads in minutes and changes once a
 * minute; in the last hour it counts seconds. Plain functions, so the unit tests read them.
 */
const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const

const LAST_HOUR_MS = 3_600_000

export function countdownCadence(remainingMs: number): 'minute' | 'second' {
  return remainingMs <= LAST_HOUR_MS ? 'second' : 'minute'
}

/**
 * "3 days, 4 hours, 12 minutes" (to the minute, rounded down) beyond the last hour;
 * "12 minutes, 5 seconds" within it.
 */
export function remainingText(milliseconds: number): string {
  let rest = Math.max(0, milliseconds)
  const smallest = countdownCadence(rest) === 'second' ? 'second' : 'minute'
  const parts: string[] = []
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count === 0 && parts.length === 0 && unit !== smallest) continue
    parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`)
    if (unit === smallest) break
  }
  return parts.join(', ')
}
