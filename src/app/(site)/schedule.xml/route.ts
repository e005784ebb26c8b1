import { getCalendarSessions } from '@/lib/calendarQueries'
import { editionFeed } from '@/lib/feeds/editionFeed'
import { frabSchedule, frabXml } from '@/lib/feeds/frab'
import { siteUrl } from '@/lib/siteUrl'

/** /schedule.xml: the program in frab's XML, for conference apps; ?year=2024 for an earlier edition. */
// Per request, like /schedule.ics (see the reason there).
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return editionFeed(request, '/schedule.xml', async (edition) => {
    const sessions = await getCalendarSessions(edition.id)
    return {
      body: frabXml(frabSchedule({ edition, sessions, siteUrl: await siteUrl() })),
      format: { contentType: 'application/xml; charset=utf-8', filename: `syntagen-${edition.year}-schedule`, extension: 'xml' },
    }
  })
}
