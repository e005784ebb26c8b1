import { getCalendarSessions } from '@/lib/calendarQueries'
import { editionFeed } from '@/lib/feeds/editionFeed'
import { scheduleXcal } from '@/lib/feeds/xcal'
import { siteUrl } from '@/lib/siteUrl'

/** /schedule.xcal: the program as xCal (RFC 6321), the same events as /schedule.ics; ?year=2024 for an earlier edition. */
// Per request, like /schedule.ics (see the reason there).
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return editionFeed(request, '/schedule.xcal', async (edition) => {
    const sessions = await getCalendarSessions(edition.id)
    return {
      body: scheduleXcal({ edition, sessions, siteUrl: await siteUrl() }),
      format: { contentType: 'application/calendar+xml; charset=utf-8', filename: `syntagen-${edition.year}-schedule`, extension: 'xcal' },
    }
  })
}
