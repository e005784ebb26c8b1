/**
 * The HTTP side of the .ics route handlers: headers, and a cheap answer to calendar apps that poll.
 *
 * The handlers run on every request (no Next cache, see schedule.ics/route.ts), so caching happens
 * in HTTP only: `no-cache` lets a client or proxy keep a copy but obliges it to ask again each
 * time, and the ETag (a hash of the body, which depends only on the data) turns an unchanged
 * feed into a 304. A publish is therefore visible on the very next poll, with nothing to purge.
 */
import { createHash } from 'node:crypto'

export const CALENDAR_CACHE_CONTROL = 'public, no-cache'

/** Weak, because express's compression rewrites the bytes on the way out. */
export function calendarEtag(ics: string): string {
  return `W/"${createHash('sha256').update(ics).digest('base64url').slice(0, 27)}"`
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/** "SyntaGen 2024 / Invited talk!" → "syntagen-2024-invited-talk": safe inside a quoted filename. */
function filenameSafe(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'calendar'
  )
}

/** `text/calendar`, shown inline (calendar apps open it; browsers offer it), 304 when unchanged. */
export function calendarResponse(request: Request, ics: string, filename: string): Response {
  return feedResponse(request, ics, { contentType: 'text/calendar; charset=utf-8', filename: filename.replace(/\.ics$/i, ''), extension: 'ics' })
}

export type FeedFormat = { contentType: string; filename: string; extension: string }

/**
 * Any feed built from published data alone (calendars, schedules, citations): the same HTTP
 * contract as the calendars, shown inline, 304 when unchanged.
 */
export function feedResponse(request: Request, body: string, format: FeedFormat): Response {
  const etag = calendarEtag(body)
  const headers = new Headers({
    'Cache-Control': CALENDAR_CACHE_CONTROL,
    ETag: etag,
    'Content-Disposition': `inline; filename="${filenameSafe(format.filename)}.${format.extension}"`,
  })
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Type', format.contentType)
  return new Response(body, { status: 200, headers })
}

/** A plain-text error a person opening the link can read; errors are not cached. */
export function calendarError(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** `?year=2024` → 2024; absent → undefined (the current edition); anything else → null (a 400). */
export function yearParameter(url: string): number | null | undefined {
  const value = new URL(url).searchParams.get('year')
  if (value === null || value === '') return undefined
  return /^\d{4}$/.test(value) ? Number(value) : null
}
