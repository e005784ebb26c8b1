import { describe, expect, it } from 'vitest'

import {
  EMPTY_SELECTION,
  MAX_SELECTION_ITEMS,
  calendarSelectionQuery,
  decodeId,
  encodeId,
  encodeSelection,
  mergeSelections,
  parseCalendarSelection,
  parseSharedSelection,
  parseStoredSelection,
  serializeSelection,
  storageKey,
  toggleStar,
} from '../../src/lib/mySchedule/selection'

const TALK = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0ff'
const PANEL = 'ffffffff-0000-4000-8000-000000000001'
const PAPER = '00000000-0000-0000-0000-000000000000'
const OBJECT_ID = '65a1b2c3d4e5f60718293a4b'

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

describe('ids in a share link', () => {
  it('packs a UUID into 22 characters and an ObjectId into 16, and back', () => {
    for (const id of [TALK, PANEL, PAPER]) {
      expect(encodeId(id)).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(decodeId(encodeId(id))).toBe(id)
    }
    expect(encodeId(OBJECT_ID)).toHaveLength(16)
    expect(decodeId(encodeId(OBJECT_ID))).toBe(OBJECT_ID)
  })

  it('keeps any other id as it is, marked', () => {
    expect(encodeId('session-42')).toBe('~session-42')
    expect(decodeId('~session-42')).toBe('session-42')
    // An upper-case UUID is not what the database hands out: it travels as it is, not lowercased.
    expect(decodeId(encodeId(TALK.toUpperCase()))).toBe(TALK.toUpperCase())
  })

  it('refuses tokens that are not an id, so a damaged link is noticed', () => {
    expect(decodeId('short')).toBeUndefined()
    expect(decodeId('!!!!!!!!!!!!!!!!!!!!!!')).toBeUndefined()
    // The last character's padding bits must be zero: one id, one spelling.
    const token = encodeId(TALK)
    // 128 bits fill 21 characters and 2 bits of the 22nd: its lowest bit is padding.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const sibling = `${token.slice(0, 21)}${alphabet[alphabet.indexOf(token.at(-1)!) + 1]}`
    expect(decodeId(sibling)).toBeUndefined()
    expect(decodeId('~')).toBeUndefined()
    expect(decodeId('~a b')).toBeUndefined()
  })
})

describe('a share link', () => {
  it('round-trips sessions and papers, in order', () => {
    const selection = { sessions: [TALK, PANEL], papers: [PAPER] }
    const query = encodeSelection(selection)
    expect(query).toMatch(/^s=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}&p=[A-Za-z0-9_-]{22}$/)
    expect(parseSharedSelection(`?${query}`)).toEqual({ ok: true, selection })
    expect(parseSharedSelection(new URLSearchParams(query))).toEqual({ ok: true, selection })
  })

  it('is much shorter than the ids it carries', () => {
    const selection = { sessions: Array.from({ length: 10 }, (_, n) => uuid(n)), papers: [] }
    expect(encodeSelection(selection).length).toBeLessThan(selection.sessions.join(',').length * 0.7)
  })

  it('leaves out empty parts and reads either part alone', () => {
    expect(encodeSelection({ sessions: [], papers: [PAPER] })).toBe(`p=${encodeId(PAPER)}`)
    expect(encodeSelection(EMPTY_SELECTION)).toBe('')
    expect(parseSharedSelection(`s=${encodeId(TALK)}`)).toEqual({ ok: true, selection: { sessions: [TALK], papers: [] } })
  })

  it('is absent without s or p, damaged with a bad token, too long past the cap', () => {
    expect(parseSharedSelection('')).toBeNull()
    expect(parseSharedSelection('?utm_source=mail')).toBeNull()
    const damaged = parseSharedSelection(`s=${encodeId(TALK)}.nope`)
    expect(damaged).toMatchObject({ ok: false })
    expect(damaged && !damaged.ok && damaged.error).toContain('"nope"')
    const many = { sessions: Array.from({ length: MAX_SELECTION_ITEMS + 1 }, (_, n) => uuid(n)), papers: [] }
    expect(parseSharedSelection(encodeSelection(many))).toMatchObject({ ok: false })
  })

  it('drops repeats', () => {
    const token = encodeId(TALK)
    expect(parseSharedSelection(`s=${token}.${token}`)).toEqual({ ok: true, selection: { sessions: [TALK], papers: [] } })
  })
})

describe('the stored stars', () => {
  it('are kept per edition', () => {
    expect(storageKey(2024)).not.toBe(storageKey(2025))
  })

  it('round-trip through JSON', () => {
    const selection = { sessions: [TALK], papers: [PAPER] }
    expect(parseStoredSelection(serializeSelection(selection))).toEqual(selection)
  })

  it('read anything unreadable as no stars', () => {
    for (const raw of [null, '', '{', '[]', 'null', '42', '{"sessions":"x"}']) {
      expect(parseStoredSelection(raw)).toEqual(EMPTY_SELECTION)
    }
    expect(parseStoredSelection(JSON.stringify({ sessions: [TALK, 7, 'a b', TALK], papers: null }))).toEqual({
      sessions: [TALK],
      papers: [],
    })
  })
})

describe('starring', () => {
  it('toggles one item of one kind', () => {
    const starred = toggleStar(EMPTY_SELECTION, 'session', TALK)
    expect(starred).toEqual({ sessions: [TALK], papers: [] })
    expect(toggleStar(starred, 'paper', TALK)).toEqual({ sessions: [TALK], papers: [TALK] })
    expect(toggleStar(starred, 'session', TALK)).toEqual(EMPTY_SELECTION)
  })

  it('adds nothing past the cap, but still unstars', () => {
    const full = { sessions: Array.from({ length: MAX_SELECTION_ITEMS }, (_, n) => uuid(n)), papers: [] }
    expect(toggleStar(full, 'paper', PAPER)).toBe(full)
    expect(toggleStar(full, 'session', uuid(0)).sessions).toHaveLength(MAX_SELECTION_ITEMS - 1)
  })

  it('adopts a shared selection without dropping the own stars', () => {
    const mine = { sessions: [TALK], papers: [] }
    const shared = { sessions: [PANEL, TALK], papers: [PAPER] }
    expect(mergeSelections(mine, shared)).toEqual({ sessions: [TALK, PANEL], papers: [PAPER] })
  })
})

describe('the calendar URL', () => {
  const params = (query: string) => new URLSearchParams(query)

  it('names the ids as they are, comma-separated, and reads them back', () => {
    const selection = { sessions: [TALK, PANEL], papers: [PAPER] }
    const query = calendarSelectionQuery(selection)
    expect(query).toBe(`sessions=${TALK},${PANEL}&papers=${PAPER}`)
    expect(parseCalendarSelection(params(query))).toEqual({ ok: true, selection })
  })

  it('is the full calendar without sessions or papers', () => {
    expect(parseCalendarSelection(params('year=2024'))).toBeNull()
  })

  it('explains malformed, empty and too long lists', () => {
    const malformed = parseCalendarSelection(params(`sessions=${TALK},<script>`))
    expect(malformed).toMatchObject({ ok: false })
    expect(malformed && !malformed.ok && malformed.error).toContain('is not a session id')
    expect(parseCalendarSelection(params('papers=a;b'))).toMatchObject({ ok: false })
    expect(parseCalendarSelection(params('sessions=&papers='))).toMatchObject({
      ok: false,
      error: 'Name at least one session or paper.',
    })
    const many = Array.from({ length: MAX_SELECTION_ITEMS + 1 }, (_, n) => uuid(n)).join(',')
    expect(parseCalendarSelection(params(`sessions=${many}`))).toMatchObject({ ok: false })
  })
})
