import { describe, expect, it } from 'vitest'

import { countdown, findMissing, findOverlaps, hasText, upcomingDeadlines } from '../../admin/dashboard/editionChecks'
import { hrefForYear, nameForYear } from '../../collections/Editions/clone/cloneEdition'
import { sameWallClockYearsLater, toWallClock } from '../../src/lib/time'
import { ANYWHERE_ON_EARTH } from '../../src/lib/timeZones'

describe('moving a date one year later in its own zone', () => {
  it('keeps 23:59 Anywhere on Earth', () => {
    expect(sameWallClockYearsLater('2025-03-08T11:59:00.000Z', ANYWHERE_ON_EARTH, 1).toISOString()).toBe('2026-03-08T11:59:00.000Z')
  })

  it('keeps 09:00 in Chicago across a daylight-saving change between the two years', () => {
    // 8 March 2025 was standard time (UTC−6); 8 March 2026 is the first day of daylight time (UTC−5).
    const moved = sameWallClockYearsLater('2025-03-08T15:00:00.000Z', 'America/Chicago', 1)
    expect(moved.toISOString()).toBe('2026-03-08T14:00:00.000Z')
    expect(toWallClock(moved, 'America/Chicago')).toEqual({ year: 2026, monthIndex: 2, day: 8, hour: 9, minute: 0 })
  })

  it('keeps noon in Berlin when the European change falls on that day the next year', () => {
    expect(sameWallClockYearsLater('2025-03-29T11:00:00.000Z', 'Europe/Berlin', 1).toISOString()).toBe('2026-03-29T10:00:00.000Z')
  })

  it('turns 29 February into 28 February', () => {
    expect(sameWallClockYearsLater('2024-02-29T12:00:00.000Z', 'UTC', 1).toISOString()).toBe('2025-02-28T12:00:00.000Z')
  })
})

describe('naming the cloned edition', () => {
  it('replaces the year in the name, or appends it', () => {
    expect(nameForYear('SyntaGen 2025', 2025, 2026)).toBe('SyntaGen 2026')
    expect(nameForYear('SyntaGen', 2025, 2026)).toBe('SyntaGen 2026')
  })

  it('points archive links at the new year and leaves others alone', () => {
    expect(hrefForYear('/2025/challenge', 2025, 2026)).toBe('/2026/challenge')
    expect(hrefForYear('/2025', 2025, 2026)).toBe('/2026')
    expect(hrefForYear('/20250', 2025, 2026)).toBe('/20250')
    expect(hrefForYear('https://example.org/2025/x', 2025, 2026)).toBe('https://example.org/2025/x')
  })
})

const edition = { id: 'e1', name: 'SyntaGen 2025', year: 2025, date: '2025-06-11T12:00:00.000Z', timeZone: 'America/Chicago', room: '104E' }
const bio = { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Works on diffusion.' }] }] } }
const emptyBio = { root: { children: [{ type: 'paragraph', children: [] }] } }

describe('what the dashboard lists as missing', () => {
  const missing = findMissing({
    edition,
    speakers: [
      { id: 's1', name: 'No Photo', photo: null, bio },
      { id: 's2', name: 'Empty Bio', photo: 'm1', bio: emptyBio },
      { id: 's3', name: 'Complete', photo: { id: 'm2' }, bio },
    ],
    sessions: [
      { id: 't1', title: 'Keynote 1', kind: 'invited-talk', start: '2025-06-11T14:00:00.000Z', durationMinutes: 30, speakers: [] },
      { id: 't2', title: 'Orals', kind: 'oral', start: '2025-06-11T15:00:00.000Z', durationMinutes: 30, papers: ['p2'] },
      { id: 't3', title: 'Day before', kind: 'break', start: '2025-06-10T15:00:00.000Z', durationMinutes: 30 },
    ],
    papers: [
      { id: 'p1', title: 'Unscheduled oral', presentation: 'oral', session: null },
      { id: 'p2', title: 'Listed in a session', presentation: 'oral' },
      { id: 'p3', title: 'A poster', presentation: 'poster' },
    ],
    organizers: [
      { id: 'o1', name: 'No Affiliation' },
      { id: 'o2', name: 'Has One', affiliation: 'a1' },
    ],
  })
  const titles = (key: string) => missing.find((section) => section.key === key)?.problems.map((problem) => problem.title)

  it('names each record once, under the check it fails', () => {
    expect(titles('workshop-date')).toEqual([])
    expect(titles('speaker-photo')).toEqual(['No Photo'])
    expect(titles('speaker-bio')).toEqual(['Empty Bio'])
    expect(titles('oral-session')).toEqual(['Unscheduled oral'])
    expect(titles('talk-speaker')).toEqual(['Keynote 1'])
    expect(titles('organizer-affiliation')).toEqual(['No Affiliation'])
    expect(titles('session-day')).toEqual(['Day before'])
  })

  it('flags an edition without a workshop date', () => {
    const noDate = findMissing({ edition: { ...edition, date: null }, speakers: [], sessions: [], papers: [], organizers: [] })
    expect(noDate.find((section) => section.key === 'workshop-date')?.problems).toHaveLength(1)
  })

  it('reads rich text for words, not for structure', () => {
    expect(hasText(bio)).toBe(true)
    expect(hasText(emptyBio)).toBe(false)
    expect(hasText(null)).toBe(false)
  })
})

describe('overlaps, deadlines and countdowns', () => {
  it('finds sessions sharing a room at the same time, the edition room standing in for an empty one', () => {
    const overlaps = findOverlaps(edition, [
      { id: 'a', title: 'A', kind: 'oral', start: '2025-06-11T14:00:00.000Z', durationMinutes: 60 },
      { id: 'b', title: 'B', kind: 'oral', start: '2025-06-11T14:30:00.000Z', durationMinutes: 30, room: '104E' },
      { id: 'c', title: 'C', kind: 'oral', start: '2025-06-11T14:30:00.000Z', durationMinutes: 30, room: 'Hall B' },
      { id: 'd', title: 'D', kind: 'oral', start: '2025-06-11T15:00:00.000Z', durationMinutes: 30 },
    ])
    expect(overlaps.map((overlap) => [overlap.first.title, overlap.second.title])).toEqual([['A', 'B']])
  })

  it('takes records saved by "Create new" with nothing filled in, in every check, without failing', () => {
    // The dashboard reads drafts: an abandoned new session has no title, start or duration yet.
    const blank = { id: 't9', title: null, kind: 'invited-talk', start: null, durationMinutes: null }
    const dayBefore = { id: 't3', title: 'Day before', kind: 'break', start: '2025-06-10T15:00:00.000Z', durationMinutes: 30 }
    const found = findMissing({ edition, speakers: [], sessions: [blank, dayBefore], papers: [], organizers: [] })
    expect(found.find((section) => section.key === 'session-day')?.problems.map((problem) => problem.id)).toEqual(['t3'])
    expect(found.find((section) => section.key === 'talk-speaker')?.problems.map((problem) => problem.id)).toEqual(['t9'])
    expect(findOverlaps(edition, [blank, dayBefore, { ...blank, id: 't10' }])).toEqual([])
    expect(upcomingDeadlines(edition, [{ id: 'd9', label: '', due: null }], new Date('2025-01-01T00:00:00Z'))).toEqual([])
  })

  it('lists the next deadlines soonest first, each in the zone it is read in', () => {
    const now = new Date('2025-03-01T00:00:00.000Z')
    const next = upcomingDeadlines(
      edition,
      [
        { id: 'late', label: 'Camera-ready', due: '2025-04-14T11:59:00.000Z', readAs: 'aoe' },
        { id: 'past', label: 'Abstract', due: '2025-02-01T11:59:00.000Z', readAs: 'aoe' },
        { id: 'soon', label: 'Submission', due: '2025-03-08T11:59:00.000Z', readAs: 'venue' },
      ],
      now,
    )
    expect(next.map((date) => [date.label, date.zone])).toEqual([
      ['Submission', 'America/Chicago'],
      ['Camera-ready', ANYWHERE_ON_EARTH],
    ])
  })

  it('counts down in days and hours, then hours and minutes', () => {
    const now = new Date('2025-03-01T00:00:00.000Z')
    expect(countdown('2025-03-04T04:00:00.000Z', now)).toBe('in 3 days, 4 hours')
    expect(countdown('2025-03-01T02:05:00.000Z', now)).toBe('in 2 hours, 5 minutes')
    expect(countdown('2025-03-01T00:01:00.000Z', now)).toBe('in 1 minute')
  })
})
