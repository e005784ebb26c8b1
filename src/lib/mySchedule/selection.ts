/**
 * A visitor's personal schedule: the sessions and papers they starred in one edition. It lives in
 * the browser (no account), travels in a share link and names the events of a calendar file.
 * Plain functions, safe in the browser and on the server.
 *
 * Three spellings of the same selection:
 * - stored: JSON in localStorage, one key per edition (`storageKey`);
 * - shared: `?s=<sessions>&p=<papers>` on /my-schedule, each id compacted (`encodeSelection`);
 * - calendar: `?sessions=<id>,<id>&papers=<id>` on /schedule.ics, ids as they are, so the URL
 *   reads like the rest of the site's feeds (`parseCalendarSelection`).
 */

export type StarKind = 'session' | 'paper'

export type StarSelection = { sessions: string[]; papers: string[] }

export const EMPTY_SELECTION: StarSelection = Object.freeze({ sessions: [], papers: [] }) as StarSelection

/**
 * The most items one selection holds. A whole edition's program is a few dozen sessions; the cap
 * keeps share links and calendar URLs under the 8 KB many proxies allow.
 */
export const MAX_SELECTION_ITEMS = 150

/** UUIDs (SQL adapters) and ObjectIds (MongoDB), as the session calendar route accepts them. */
const DOCUMENT_ID = /^[A-Za-z0-9-]{1,64}$/

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID.test(value)
}

export function selectionSize(selection: StarSelection): number {
  return selection.sessions.length + selection.papers.length
}

export function isStarred(selection: StarSelection, kind: StarKind, id: string): boolean {
  return (kind === 'session' ? selection.sessions : selection.papers).includes(id)
}

/** The selection with `id` added or removed; unchanged (the same object) when a full one would grow. */
export function toggleStar(selection: StarSelection, kind: StarKind, id: string): StarSelection {
  const list = kind === 'session' ? selection.sessions : selection.papers
  const next = list.includes(id) ? list.filter((item) => item !== id) : [...list, id]
  if (next.length > list.length && selectionSize(selection) >= MAX_SELECTION_ITEMS) return selection
  return kind === 'session' ? { ...selection, sessions: next } : { ...selection, papers: next }
}

/** Both selections together, `mine` first and nothing twice: adopting a shared link never drops a star. */
export function mergeSelections(mine: StarSelection, shared: StarSelection): StarSelection {
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])]
  const merged = { sessions: union(mine.sessions, shared.sessions), papers: union(mine.papers, shared.papers) }
  return selectionSize(merged) > MAX_SELECTION_ITEMS ? mine : merged
}

// ----- stored in the browser

/** One key per edition, so 2024's stars never show on 2025's schedule. */
export function storageKey(year: number): string {
  return `syntagen:my-schedule:${year}`
}

function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const ids = value.filter((id): id is string => typeof id === 'string' && isDocumentId(id))
  return [...new Set(ids)]
}

/** What localStorage held; anything unreadable (an old format, a hand edit) is an empty selection. */
export function parseStoredSelection(raw: string | null): StarSelection {
  if (!raw) return EMPTY_SELECTION
  try {
    const value: unknown = JSON.parse(raw)
    if (!value || typeof value !== 'object') return EMPTY_SELECTION
    const record = value as Record<string, unknown>
    const selection = { sessions: idList(record.sessions), papers: idList(record.papers) }
    return selectionSize(selection) > MAX_SELECTION_ITEMS ? EMPTY_SELECTION : selection
  } catch {
    return EMPTY_SELECTION
  }
}

export function serializeSelection(selection: StarSelection): string {
  return JSON.stringify({ sessions: selection.sessions, papers: selection.papers })
}

// ----- shared in a link: each id as base64url of its bytes

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const OBJECT_ID = /^[0-9a-f]{24}$/
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** An id that is neither a UUID nor an ObjectId travels as it is, after this mark. */
const RAW_MARK = '~'
const SEPARATOR = '.'

function hexToBase64url(hex: string): string {
  let bits = ''
  for (const digit of hex) bits += parseInt(digit, 16).toString(2).padStart(4, '0')
  let out = ''
  for (let index = 0; index < bits.length; index += 6) out += BASE64URL[parseInt(bits.slice(index, index + 6).padEnd(6, '0'), 2)]
  return out
}

function base64urlToHex(token: string, hexLength: number): string | undefined {
  let bits = ''
  for (const char of token) {
    const value = BASE64URL.indexOf(char)
    if (value < 0) return undefined
    bits += value.toString(2).padStart(6, '0')
  }
  // The padding bits of the last character must be zero, so each id has exactly one spelling.
  if (/1/.test(bits.slice(hexLength * 4))) return undefined
  let hex = ''
  for (let index = 0; index < hexLength * 4; index += 4) hex += parseInt(bits.slice(index, index + 4), 2).toString(16)
  return hex
}

/** A UUID becomes 22 characters, an ObjectId 16; any other id is kept, marked. */
export function encodeId(id: string): string {
  const lower = id.toLowerCase()
  if (UUID.test(lower) && lower === id) return hexToBase64url(lower.replace(/-/g, ''))
  if (OBJECT_ID.test(id)) return hexToBase64url(id)
  return `${RAW_MARK}${id}`
}

export function decodeId(token: string): string | undefined {
  if (token.startsWith(RAW_MARK)) {
    const id = token.slice(RAW_MARK.length)
    return isDocumentId(id) && encodeId(id) === token ? id : undefined
  }
  if (token.length === 22) {
    const hex = base64urlToHex(token, 32)
    return hex ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` : undefined
  }
  if (token.length === 16) return base64urlToHex(token, 24)
  return undefined
}

/** The query of a share link: `s=<sessions>&p=<papers>`, empty parts left out. */
export function encodeSelection(selection: StarSelection): string {
  const params = new URLSearchParams()
  if (selection.sessions.length > 0) params.set('s', selection.sessions.map(encodeId).join(SEPARATOR))
  if (selection.papers.length > 0) params.set('p', selection.papers.map(encodeId).join(SEPARATOR))
  return params.toString()
}

export type ParsedSelection = { ok: true; selection: StarSelection } | { ok: false; error: string }

function decodeList(value: string | null, what: string): { ids: string[] } | { error: string } {
  if (value === null || value === '') return { ids: [] }
  const ids: string[] = []
  for (const token of value.split(SEPARATOR)) {
    const id = decodeId(token)
    if (!id) return { error: `The link's ${what} list is damaged ("${token.slice(0, 30)}" is not an id).` }
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids }
}

/**
 * A share link's selection, or why it cannot be read. `null` when the address carries none (the
 * visitor's own schedule is shown then).
 */
export function parseSharedSelection(search: string | URLSearchParams): ParsedSelection | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  if (!params.has('s') && !params.has('p')) return null
  const sessions = decodeList(params.get('s'), 'session')
  if ('error' in sessions) return { ok: false, error: sessions.error }
  const papers = decodeList(params.get('p'), 'paper')
  if ('error' in papers) return { ok: false, error: papers.error }
  const selection = { sessions: sessions.ids, papers: papers.ids }
  if (selectionSize(selection) > MAX_SELECTION_ITEMS)
    return { ok: false, error: `A shared schedule holds at most ${MAX_SELECTION_ITEMS} items.` }
  return { ok: true, selection }
}

// ----- named in a calendar URL

/** `/schedule.ics?year=2024&sessions=<id>,<id>&papers=<id>`: the starred items' calendar file. */
export function calendarSelectionQuery(selection: StarSelection): string {
  const params: string[] = []
  if (selection.sessions.length > 0) params.push(`sessions=${selection.sessions.join(',')}`)
  if (selection.papers.length > 0) params.push(`papers=${selection.papers.join(',')}`)
  return params.join('&')
}

function splitIds(value: string | null, what: string): { ids: string[] } | { error: string } {
  if (value === null || value.trim() === '') return { ids: [] }
  const ids: string[] = []
  for (const part of value.split(',')) {
    const id = part.trim()
    if (!isDocumentId(id)) return { error: `"${id.slice(0, 40)}" is not a ${what} id: list ids separated by commas.` }
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids }
}

/**
 * The `sessions` and `papers` of a calendar URL. `null` when neither is there (the full schedule);
 * an error, worded for the person who opened the link, for anything malformed or too long.
 */
export function parseCalendarSelection(params: URLSearchParams): ParsedSelection | null {
  if (!params.has('sessions') && !params.has('papers')) return null
  const sessions = splitIds(params.get('sessions'), 'session')
  if ('error' in sessions) return { ok: false, error: sessions.error }
  const papers = splitIds(params.get('papers'), 'paper')
  if ('error' in papers) return { ok: false, error: papers.error }
  const selection = { sessions: sessions.ids, papers: papers.ids }
  if (selectionSize(selection) === 0) return { ok: false, error: 'Name at least one session or paper.' }
  if (selectionSize(selection) > MAX_SELECTION_ITEMS)
    return { ok: false, error: `A calendar file holds at most ${MAX_SELECTION_ITEMS} sessions and papers.` }
  return { ok: true, selection }
}
