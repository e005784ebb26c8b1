import { describe, expect, it } from 'vitest'

import { countdownCadence, remainingText } from '../../src/components/dates/countdownText'

const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('the countdown', () => {
  it('changes once a minute until the last hour, then every second', () => {
    expect(countdownCadence(3 * DAY)).toBe('minute')
    expect(countdownCadence(HOUR + SECOND)).toBe('minute')
    expect(countdownCadence(HOUR)).toBe('second')
    expect(countdownCadence(5 * SECOND)).toBe('second')
  })

  it('reads to the minute beyond the last hour, and to the second within it', () => {
    expect(remainingText(3 * DAY + 4 * HOUR + 12 * MINUTE + 40 * SECOND)).toBe('3 days, 4 hours, 12 minutes')
    expect(remainingText(2 * HOUR + 5 * SECOND)).toBe('2 hours, 0 minutes')
    expect(remainingText(12 * MINUTE + 5 * SECOND)).toBe('12 minutes, 5 seconds')
    expect(remainingText(42 * SECOND)).toBe('42 seconds')
    expect(remainingText(-5)).toBe('0 seconds')
  })
})
