import { scheduleCalendar } from '@/lib/calendar'
import { getCalendarEdition, getCalendarSessions } from '@/lib/calendarQueries'
import { calendarError, calendarResponse, yearParameter } from '@/lib/calendarResponse'
import { siteUrl } from '@/lib/siteUrl'

/**
 * /schedule.ics: the current edition's program; /schedule.ics?year=2024 for an earlier one (a
 * [year]/schedule.ics folder would sit inside the pages' [year] segment).
 *
 * Rendered on every request, deliberately. `force-static` would drop `?year=` (a static handler
 * sees no search params), and `revalidatePath('/', 'layout')` in the collection hooks is meant for
 * pages: route handlers are not under a layout, so a statically cached feed could outlive a
 * publish. The query is a handful of rows; calendar apps poll rarely, and the ETag in
 * calendarResponse answers an unchanged feed with 304.
 */
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const year = yearParameter(request.url)
  if (year === null) return calendarError(400, 'The year must be four digits, e.g. /schedule.ics?year=2024.')
  const edition = await getCalendarEdition(year)
  if (!edition) return calendarError(404, year ? `There is no published ${year} edition.` : 'No edition is published yet.')
  const sessions = await getCalendarSessions(edition.id)
  const ics = scheduleCalendar({ edition, sessions, siteUrl: await siteUrl() })
  return calendarResponse(request, ics, `syntagen-${edition.year}-schedule.ics`)
}
