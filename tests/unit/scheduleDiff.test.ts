import { describe, expect, it } from 'vitest'

import {
  INITIAL_PUBLICATION_GAP_MS,
  type PublishedSessionVersion,
  type SessionStanding,
  diffSchedule,
} from '../../src/lib/sessions/scheduleDiff'

// Minutes after 08:00 UTC on a made-up workshop day, as ISO instants.
const DAY = Date.parse('2091-06-17T08:00:00.000Z')
const at = (minutes: number, seconds = 0) => new Date(DAY + minutes * 60_000 + seconds * 1_000).toISOString()
// Publication times: days before the workshop.
const PUBLISHED = Date.parse('2091-05-01T10:00:00.000Z')
const publishedAt = (seconds: number) => new Date(PUBLISHED + seconds * 1_000).toISOString()

function version(sessionId: string, published: number, fields: Partial<PublishedSessionVersion> = {}): PublishedSessionVersion {
  return { sessionId, publishedAt: publishedAt(published), title: `Talk ${sessionId}`, start: at(60), durationMinutes: 30, ...fields }
}

const published = (...ids: string[]): SessionStanding[] => ids.map((sessionId) => ({ sessionId, onSchedule: true, updatedAt: publishedAt(0) }))

describe('diffSchedule', () => {
  it('has nothing to say before anything is published', () => {
    expect(diffSchedule({ versions: [], standings: [] })).toEqual({ changes: [], markers: {} })
  })

  it('treats a schedule published in one go, or in a quick run, as its first publication', () => {
    // A bulk publish writes its sessions a few seconds apart: none of them is "new".
    const history = diffSchedule({
      versions: [version('a', 0), version('b', 3, { start: at(0) }), version('c', 9, { start: at(120) })],
      standings: published('a', 'b', 'c'),
    })
    expect(history.firstPublishedAt).toBe(publishedAt(0))
    expect(history.changes).toEqual([])
    expect(history.markers).toEqual({})
  })

  it('settles the first publication before counting moves: an edit during the run is not a change', () => {
    const history = diffSchedule({
      versions: [version('a', 0, { start: at(0) }), version('b', 5), version('a', 8, { start: at(30) })],
      standings: published('a', 'b'),
    })
    expect(history.changes).toEqual([])
    expect(history.markers).toEqual({})
  })

  it('marks a session first published later as new, and lists it as added', () => {
    const later = INITIAL_PUBLICATION_GAP_MS / 1_000 + 60
    const history = diffSchedule({
      versions: [version('a', 0), version('b', later, { start: at(90), room: 'Hall B' })],
      standings: published('a', 'b'),
    })
    expect(history.markers).toEqual({ b: { kind: 'new' } })
    expect(history.changes).toEqual([
      {
        kind: 'added',
        sessionId: 'b',
        title: 'Talk b',
        start: at(90),
        durationMinutes: 30,
        room: 'Hall B',
        publishedAt: publishedAt(later),
        fields: [],
        onSchedule: true,
      },
    ])
  })

  it('calls a new start a move, from the previous published start, and marks the row with the first published one', () => {
    const history = diffSchedule({
      versions: [
        version('a', 0, { start: at(60) }),
        version('a', 3_600, { start: at(120) }),
        // A draft-free republish that changes nothing visible is not a change.
        version('a', 5_000, { start: at(120) }),
        version('a', 7_200, { start: at(180) }),
      ],
      standings: published('a'),
    })
    expect(history.changes.map((change) => [change.kind, change.publishedAt, change.fields])).toEqual([
      ['changed', publishedAt(7_200), [{ field: 'start', from: at(120), to: at(180) }]],
      ['changed', publishedAt(3_600), [{ field: 'start', from: at(60), to: at(120) }]],
    ])
    expect(history.markers).toEqual({ a: { kind: 'changed', movedFrom: at(60), changed: [] } })
  })

  it('compares instants, not strings: the same start written differently is not a move', () => {
    const history = diffSchedule({
      versions: [version('a', 0, { start: '2091-06-17T09:00:00.000Z' }), version('a', 600, { start: '2091-06-17T09:00:00Z' })],
      standings: published('a'),
    })
    expect(history.changes).toEqual([])
    expect(history.markers).toEqual({})
  })

  it('reports a new title, room or length, from what to what', () => {
    const history = diffSchedule({
      versions: [
        version('a', 0, { room: 'Hall A' }),
        version('a', 600, { title: 'Keynote', room: undefined, durationMinutes: 45 }),
      ],
      standings: published('a'),
    })
    expect(history.changes[0]?.fields).toEqual([
      { field: 'duration', from: 30, to: 45 },
      { field: 'title', from: 'Talk a', to: 'Keynote' },
      { field: 'room', from: 'Hall A', to: undefined },
    ])
    expect(history.markers).toEqual({ a: { kind: 'changed', changed: ['duration', 'title', 'room'] } })
  })

  it('leaves no marker on a session moved and then moved back, while still listing both moves', () => {
    const history = diffSchedule({
      versions: [version('a', 0, { start: at(60) }), version('a', 600, { start: at(90) }), version('a', 1_200, { start: at(60) })],
      standings: published('a'),
    })
    expect(history.markers).toEqual({})
    expect(history.changes).toHaveLength(2)
  })

  it('lists a session withdrawn after the first publication as cancelled, at the time it was withdrawn', () => {
    const history = diffSchedule({
      versions: [version('a', 0), version('b', 2, { start: at(150), title: 'Panel' })],
      standings: [...published('a'), { sessionId: 'b', onSchedule: false, updatedAt: publishedAt(9_000) }],
    })
    expect(history.changes).toEqual([
      expect.objectContaining({ kind: 'cancelled', sessionId: 'b', title: 'Panel', start: at(150), publishedAt: publishedAt(9_000), onSchedule: false }),
    ])
    expect(history.markers).toEqual({})
  })

  it('says nothing of a session withdrawn while the schedule was being first published', () => {
    const history = diffSchedule({
      versions: [version('a', 0), version('b', 2)],
      standings: [...published('a'), { sessionId: 'b', onSchedule: false, updatedAt: publishedAt(4) }],
    })
    expect(history.changes).toEqual([])
  })

  it('counts a session that left the edition altogether as cancelled when it last appeared', () => {
    const history = diffSchedule({ versions: [version('a', 0), version('b', 1), version('b', 700)], standings: published('a') })
    expect(history.changes.map((change) => [change.kind, change.sessionId, change.publishedAt])).toEqual([
      ['cancelled', 'b', publishedAt(700)],
    ])
  })

  it('puts the newest change first, across sessions', () => {
    const history = diffSchedule({
      versions: [
        version('a', 0),
        version('b', 1),
        version('a', 1_000, { start: at(0) }),
        version('c', 2_000),
        version('b', 3_000, { room: 'Hall C' }),
      ],
      standings: published('a', 'b', 'c'),
    })
    expect(history.changes.map((change) => [change.sessionId, change.kind])).toEqual([
      ['b', 'changed'],
      ['c', 'added'],
      ['a', 'changed'],
    ])
  })

  it('takes versions in any order', () => {
    const versions = [version('a', 0, { start: at(0) }), version('a', 600, { start: at(30) }), version('b', 900)]
    const inOrder = diffSchedule({ versions, standings: published('a', 'b') })
    expect(diffSchedule({ versions: [...versions].reverse(), standings: published('a', 'b') })).toEqual(inOrder)
    expect(inOrder.markers).toEqual({ a: { kind: 'changed', movedFrom: at(0), changed: [] }, b: { kind: 'new' } })
  })
})
