import { sessionCalendar } from '@/lib/calendar'
import { getCalendarSession } from '@/lib/calendarQueries'
import { calendarError, calendarResponse } from '@/lib/calendarResponse'
import { siteUrl } from '@/lib/siteUrl'
import { slugify } from '@/lib/validation'

/**
 * /sessions/<id>.ics: one session, for "Add to calendar". A segment cannot be named "[id].ics",
 * so the handler takes the whole segment and insists on the suffix.
 */
// Per request, like /schedule.ics (see the reason there).
export const dynamic = 'force-dynamic'

// UUIDs (SQL adapters) and ObjectIds (MongoDB); anything else cannot be a session.
const SESSION_ID = /^[A-Za-z0-9-]{1,64}$/

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id: segment } = await params
  const sessionId = segment.endsWith('.ics') ? segment.slice(0, -'.ics'.length) : ''
  if (!SESSION_ID.test(sessionId)) return calendarError(404, 'There is no such calendar file.')
  const found = await getCalendarSession(sessionId)
  if (!found) return calendarError(404, 'This session is not published.')
  const { edition, session } = found
  const ics = sessionCalendar({ edition, session, siteUrl: await siteUrl() })
  const name = slugify(session.title).slice(0, 60) || 'session'
  return calendarResponse(request, ics, `syntagen-${edition.year}-${name}.ics`)
}
