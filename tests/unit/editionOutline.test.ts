import { describe, expect, it } from 'vitest'

import { type EditionCounts, editionOutline, editionStage } from '../../src/lib/editions/outline'
import { workshopWhen } from '../../src/lib/editions/when'
import { passedLabel } from '../../src/lib/importantDates/passed'

const NOTHING: EditionCounts = {
  speakers: 0,
  sessions: 0,
  papers: 0,
  importantDates: 0,
  organizers: 0,
  volunteers: 0,
  affiliations: 0,
  sponsors: 0,
  callForPapers: false,
  challenge: false,
}

// What the 2024 archive has: speakers, a schedule, dates, two volunteers, a call, logos, a
// challenge; no papers, organizers or sponsors.
const ARCHIVE_2024: EditionCounts = {
  ...NOTHING,
  speakers: 5,
  sessions: 10,
  importantDates: 4,
  volunteers: 2,
  affiliations: 7,
  callForPapers: true,
  challenge: true,
}

const ids = (stage: Parameters<typeof editionOutline>[0], counts: EditionCounts) =>
  editionOutline(stage, counts).map((section) => (section.isEmpty ? `${section.id} (TBA)` : section.id))

describe('editionStage', () => {
  const now = new Date('2025-03-01T00:00:00Z')

  it('is current for the current edition, whatever its date', () => {
    expect(editionStage({ isCurrent: true, year: 2020, date: '2020-06-17T12:00:00.000Z' }, now)).toBe('current')
  })

  it('is past once the workshop day is over everywhere, upcoming before', () => {
    expect(editionStage({ isCurrent: false, year: 2024, date: '2024-06-17T12:00:00.000Z' }, now)).toBe('past')
    expect(editionStage({ isCurrent: false, year: 2026, date: '2026-06-17T12:00:00.000Z' }, now)).toBe('upcoming')
    // Late on the day itself in Hawaii it is still going on.
    const day = { isCurrent: false, year: 2025, date: '2025-06-17T12:00:00.000Z' }
    expect(editionStage(day, new Date('2025-06-18T09:00:00Z'))).toBe('upcoming')
    expect(editionStage(day, new Date('2025-06-19T01:00:00Z'))).toBe('past')
  })

  it('falls back to the year when no day is set', () => {
    expect(editionStage({ isCurrent: false, year: 2024 }, now)).toBe('past')
    expect(editionStage({ isCurrent: false, year: 2025 }, now)).toBe('upcoming')
  })
})

describe('editionOutline', () => {
  it('gives an archive only what it has: no "To be announced", volunteers under their own heading', () => {
    expect(ids('past', ARCHIVE_2024)).toEqual([
      'about',
      'speakers',
      'schedule',
      'challenge',
      'call-for-papers',
      'important-dates',
      'volunteers',
      'affiliations',
    ])
  })

  it('keeps every announced section on the current edition, but no empty sponsors or volunteers', () => {
    expect(ids('current', { ...NOTHING, organizers: 5, affiliations: 4, callForPapers: true })).toEqual([
      'about',
      'speakers (TBA)',
      'schedule (TBA)',
      'papers (TBA)',
      'call-for-papers',
      'important-dates (TBA)',
      'organizers',
      'affiliations',
    ])
    expect(ids('upcoming', NOTHING)).not.toContain('sponsors (TBA)')
  })

  it('has a challenge section only for an edition with a challenge, never "To be announced"', () => {
    for (const stage of ['past', 'current', 'upcoming'] as const) {
      expect(ids(stage, NOTHING).filter((id) => id.startsWith('challenge'))).toEqual([])
      expect(ids(stage, { ...NOTHING, challenge: true })).toContain('challenge')
    }
    const challenge = editionOutline('past', { ...NOTHING, challenge: true }).find((section) => section.id === 'challenge')
    expect(challenge).toEqual({ id: 'challenge', label: 'Challenge', title: 'Challenge', isEmpty: false })
  })

  it('shows sponsors and volunteers once there are some', () => {
    const outline = ids('current', { ...NOTHING, sponsors: 2, volunteers: 1 })
    expect(outline).toContain('sponsors')
    expect(outline).toContain('volunteers')
  })

  it('names each section for the header and for its heading', () => {
    const papers = editionOutline('current', { ...NOTHING, papers: 3 }).find((section) => section.id === 'papers')
    expect(papers).toEqual({ id: 'papers', label: 'Papers', title: 'Accepted Papers', isEmpty: false })
  })
})

describe('workshopWhen', () => {
  const zone = 'America/Los_Angeles'
  const session = (start: string) => ({ start })

  it('states the edition’s date when the sessions agree with it, or when there are none yet', () => {
    const edition = { date: '2024-06-17T12:00:00.000Z', timeZone: zone }
    expect(workshopWhen(edition, [])).toEqual({ text: 'Monday, 17 June 2024', source: 'date' })
    expect(workshopWhen(edition, [session('2024-06-17T15:25:00.000Z')])?.source).toBe('date')
  })

  it('shows the sessions’ day when there is no date, or when the sessions run on another day', () => {
    // 08:25 PDT on 18 June.
    const sessions = [session('2024-06-18T15:25:00.000Z'), session('2024-06-18T18:00:00.000Z')]
    expect(workshopWhen({ timeZone: zone }, sessions)).toEqual({ text: 'Tuesday, 18 June 2024', source: 'sessions' })
    expect(workshopWhen({ date: '2024-06-17T12:00:00.000Z', timeZone: zone }, sessions)?.text).toBe(
      'Tuesday, 18 June 2024',
    )
  })

  it('names every day of a program over two days, in order, and nothing when nothing is known', () => {
    const sessions = [session('2024-06-19T16:00:00.000Z'), session('2024-06-18T16:00:00.000Z')]
    expect(workshopWhen({ timeZone: zone }, sessions)?.text).toBe('Tuesday, 18 June 2024 and Wednesday, 19 June 2024')
    expect(workshopWhen({ timeZone: zone }, [])).toBeUndefined()
  })
})

describe('passedLabel', () => {
  it('says a passed deadline is closed, calmly, and what other dates became', () => {
    expect(passedLabel('submission')).toBe('Closed')
    expect(passedLabel('camera-ready')).toBe('Closed')
    expect(passedLabel('notification')).toBe('Sent')
    expect(passedLabel('workshop')).toBe('Held')
    expect(passedLabel('other')).toBe('Past')
  })
})
