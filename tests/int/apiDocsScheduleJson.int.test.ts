import { describe, expect, inject, it } from 'vitest'

import { runExample } from '../helpers/docExamples'

/**
 * The docs/api.md example that loads /schedule.json like a conference app, run as a reader copies
 * it. It reads 2024: the seeded 2025 edition has no sessions yet (issue 10).
 */
const baseUrl = inject('baseUrl')

describe('docs/api.md: /schedule.json as a conference app reads it', () => {
  it('walks conference → days → rooms → events with their persons', async () => {
    const result = await runExample<{ title: string; etag: string | null; events: { start: string; title: string; persons: string[] }[] }>(
      'schedule-json',
      baseUrl,
      2024,
    )
    expect(result.title).toMatch(/SyntaGen/)
    expect(result.etag).toBeTruthy()
    expect(result.events.length).toBeGreaterThan(3)
    for (const event of result.events) {
      expect(event.start).toMatch(/^\d{2}:\d{2}$/)
      expect(event.title).not.toBe('')
    }
    expect(result.events.some((event) => event.persons.length > 0)).toBe(true)
  })
})
