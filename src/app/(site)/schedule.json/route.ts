import { getCalendarSessions } from '@/lib/calendarQueries'
import { editionFeed } from '@/lib/feeds/editionFeed'
import { frabJson, frabSchedule } from '@/lib/feeds/frab'
import { siteUrl } from '@/lib/siteUrl'

/** /schedule.json: the program in pretalx's frab JSON, for conference apps; ?year=2024 for an earlier edition. */
// Per request, like /schedule.ics (see the reason there).
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return editionFeed(request, '/schedule.json', async (edition) => {
    const sessions = await getCalendarSessions(edition.id)
    return {
      body: JSON.stringify(frabJson(frabSchedule({ edition, sessions, siteUrl: await siteUrl() })), null, 2),
      format: { contentType: 'application/json; charset=utf-8', filename: `syntagen-${edition.year}-schedule`, extension: 'json' },
    }
  })
}
