import { datesCalendar } from '@/lib/calendar'
import { getCalendarEdition, getCalendarImportantDates } from '@/lib/calendarQueries'
import { calendarError, calendarResponse, yearParameter } from '@/lib/calendarResponse'
import { siteUrl } from '@/lib/siteUrl'

/** /dates.ics: the current edition's deadlines; ?year=2024 for an earlier one. */
// Per request, like /schedule.ics (see the reason there): a moved deadline must reach subscribers.
export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const year = yearParameter(request.url)
  if (year === null) return calendarError(400, 'The year must be four digits, e.g. /dates.ics?year=2024.')
  const edition = await getCalendarEdition(year)
  if (!edition) return calendarError(404, year ? `There is no published ${year} edition.` : 'No edition is published yet.')
  const dates = await getCalendarImportantDates(edition.id)
  const ics = datesCalendar({ edition, dates, siteUrl: await siteUrl() })
  return calendarResponse(request, ics, `syntagen-${edition.year}-dates.ics`)
}
