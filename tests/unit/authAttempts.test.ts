import { describe, expect, it } from 'vitest'

import { takeAuthAttempt } from '../../src/lib/authAttempts'

describe('takeAuthAttempt', () => {
  it('allows the budget per client and window, then says how long to wait', () => {
    const start = 1_000_000
    const client = `unit-${Math.random()}`
    for (let i = 0; i < 5; i++) expect(takeAuthAttempt('forgotPassword', client, start + i)).toBe(0)
    const wait = takeAuthAttempt('forgotPassword', client, start + 10)
    expect(wait).toBeGreaterThan(3500)
    expect(wait).toBeLessThanOrEqual(3600)
    // Another client has its own budget; the same client starts afresh after the window.
    expect(takeAuthAttempt('forgotPassword', `${client}-other`, start + 10)).toBe(0)
    expect(takeAuthAttempt('forgotPassword', client, start + 60 * 60_000)).toBe(0)
  })

  it('keeps sign-in and reset budgets apart', () => {
    const client = `unit-${Math.random()}`
    for (let i = 0; i < 6; i++) takeAuthAttempt('forgotPassword', client)
    expect(takeAuthAttempt('login', client)).toBe(0)
  })
})
