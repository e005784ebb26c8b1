import { scheduleCalendar } from '@/lib/calendar'
import { getCalendarEdition, getCalendarPaperSessions, getCalendarSessions } from '@/lib/calendarQueries'
import { calendarError, calendarResponse, yearParameter } from '@/lib/calendarResponse'
import { parseCalendarSelection } from '@/lib/mySchedule/selection'
import { siteUrl } from '@/lib/siteUrl'

/**
 * /schedule.ics: the current edition's program; /schedule.ics?year=2024 for an earlier one (a
 * [year]/schedule.ics folder would sit inside the pages' [year] segment).
 * `&sessions=<id>,<id>&papers=<id>` narrows it to a visitor's starred items (My schedule): a
 * starred paper brings the session it is presented in. The events are the full calendar's, UIDs
 * included, so importing both never duplicates one.
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
  const selection = parseCalendarSelection(new URL(request.url).searchParams)
  if (selection && !selection.ok) return calendarError(400, selection.error)
  const edition = await getCalendarEdition(year)
  if (!edition) return calendarError(404, year ? `There is no published ${year} edition.` : 'No edition is published yet.')
  const sessions = await getCalendarSessions(edition.id)
  if (!selection) {
    const ics = scheduleCalendar({ edition, sessions, siteUrl: await siteUrl() })
    return calendarResponse(request, ics, `syntagen-${edition.year}-schedule.ics`)
  }

  const { sessions: sessionIds, papers: paperIds } = selection.selection
  const published = new Set(sessions.map((session) => session.id))
  const unknownSessions = sessionIds.filter((id) => !published.has(id))
  if (unknownSessions.length > 0)
    return calendarError(400, `${edition.name} has no published session with the id ${unknownSessions.join(', ')}.`)
  const paperSessions = await getCalendarPaperSessions(edition.id, paperIds)
  const unknownPapers = paperIds.filter((id) => !paperSessions.has(id))
  if (unknownPapers.length > 0)
    return calendarError(400, `${edition.name} has no published paper with the id ${unknownPapers.join(', ')}.`)

  const wanted = new Set([...sessionIds, ...[...paperSessions.values()].flat()])
  const starred = sessions.filter((session) => wanted.has(session.id))
  const ics = scheduleCalendar({ edition, sessions: starred, siteUrl: await siteUrl(), personal: true })
  return calendarResponse(request, ics, `syntagen-${edition.year}-my-schedule.ics`)
}
