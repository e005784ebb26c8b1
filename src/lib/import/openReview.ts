/**
 * OpenReview API v2 notes → paper rows. The shape is the one `GET /notes?content.venueid=<venue id>`
 * returns (https://docs.openreview.net/reference/api-v2/openapi-definition): `{ notes: [...] }`, where
 * every content field is wrapped as `{ value: ... }`.
 */
import { ImportRequestError, type SourceRow } from './types'

export const OPENREVIEW_BASE_URL = 'https://openreview.net'
export const OPENREVIEW_API_URL = 'https://api2.openreview.net'

const PRESENTATIONS: Record<string, string> = { oral: 'oral', spotlight: 'spotlight', poster: 'poster' }
const NOT_ACCEPTED = /\b(submitted to|withdrawn|desk rejected|rejected)\b/i

type Note = { id?: unknown; forum?: unknown; content?: Record<string, unknown> }

function contentValue(note: Note, field: string): unknown {
  const wrapped = note.content?.[field]
  return typeof wrapped === 'object' && wrapped !== null && 'value' in wrapped ? (wrapped as { value: unknown }).value : undefined
}

/**
 * "CVPR 2025 Workshop SyntaGen Oral" → "oral". A venue without a trailing decision word is an
 * accepted paper of no special kind, a poster; a venue that says it was not accepted is undefined.
 */
export function presentationFromVenue(venue: string): string | undefined {
  if (NOT_ACCEPTED.test(venue)) return undefined
  const last = venue.trim().split(/\s+/).pop()?.toLowerCase() ?? ''
  return PRESENTATIONS[last] ?? 'poster'
}

/** "/pdf/abc.pdf" → "https://openreview.net/pdf/abc.pdf"; a full address stays as it is. */
function absolutePdfUrl(pdf: string): string {
  return pdf.startsWith('/') ? `${OPENREVIEW_BASE_URL}${pdf}` : pdf
}

export function openReviewNotesToRows(body: unknown): SourceRow[] {
  const notes = typeof body === 'object' && body !== null && 'notes' in body ? (body as { notes: unknown }).notes : undefined
  if (!Array.isArray(notes)) {
    throw new ImportRequestError('OpenReview notes are an object with a "notes" list, as the OpenReview API v2 returns them.', 400)
  }
  return notes.map((note: Note, index) => {
    const cells = new Map<string, unknown>()
    const forum = typeof note.forum === 'string' && note.forum ? note.forum : note.id
    if (typeof forum === 'string' && forum) {
      cells.set('openreviewid', forum)
      cells.set('openreviewurl', `${OPENREVIEW_BASE_URL}/forum?id=${encodeURIComponent(forum)}`)
    } else {
      cells.set('openreviewid', '')
    }
    cells.set('title', contentValue(note, 'title') ?? '')
    cells.set('authors', contentValue(note, 'authors') ?? [])
    const abstract = contentValue(note, 'abstract')
    if (typeof abstract === 'string') cells.set('abstract', abstract)
    const pdf = contentValue(note, 'pdf')
    if (typeof pdf === 'string' && pdf) cells.set('pdf', absolutePdfUrl(pdf))
    const venue = contentValue(note, 'venue')
    if (typeof venue === 'string') {
      // An undefined presentation reaches validation as a value no option matches, with the venue in the message.
      cells.set('presentation', presentationFromVenue(venue) ?? `not accepted (venue "${venue}")`)
    }
    return { row: index + 1, cells }
  })
}

/** A live fetch of a venue's accepted papers (used by scripts/import-openreview.ts; not by the tests, which run offline). */
export async function fetchOpenReviewNotes(venueId: string, token?: string): Promise<{ notes: unknown[] }> {
  const notes: unknown[] = []
  const pageSize = 1000
  for (let offset = 0; ; offset += pageSize) {
    const url = new URL('/notes', OPENREVIEW_API_URL)
    url.searchParams.set('content.venueid', venueId)
    url.searchParams.set('limit', String(pageSize))
    url.searchParams.set('offset', String(offset))
    const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
    if (!response.ok) throw new Error(`OpenReview answered ${response.status} for ${url.toString()}: ${await response.text()}`)
    const page = (await response.json()) as { notes?: unknown[] }
    const batch = page.notes ?? []
    notes.push(...batch)
    if (batch.length < pageSize) return { notes }
  }
}
