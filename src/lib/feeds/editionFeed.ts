import type { CalendarEditionWithId } from '../calendarQueries'
import { getCalendarEdition } from '../calendarQueries'
import { type FeedFormat, calendarError, feedResponse, yearParameter } from '../calendarResponse'

/**
 * The shared shape of every per-edition feed route: `?year=` (absent: the current edition;
 * malformed: 400; unknown or unpublished: 404), then the feed built from published data only.
 */
export async function editionFeed(
  request: Request,
  feedPath: string,
  build: (edition: CalendarEditionWithId) => Promise<{ body: string; format: FeedFormat }>,
): Promise<Response> {
  const year = yearParameter(request.url)
  if (year === null) return calendarError(400, `The year must be four digits, e.g. ${feedPath}?year=2024.`)
  const edition = await getCalendarEdition(year)
  if (!edition) return calendarError(404, year ? `There is no published ${year} edition.` : 'No edition is published yet.')
  const { body, format } = await build(edition)
  return feedResponse(request, body, format)
}
