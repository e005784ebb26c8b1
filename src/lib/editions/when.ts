/**
 * "When" an edition takes place, as its page states it. The edition's date is the answer; but if
 * the published sessions run on other days (the admin warns editors about this), the sessions are
 * what visitors will attend, so their days win over the date and over "To be announced".
 */
import { calendarDay, formatDate } from '../time'

export type WorkshopWhen = { text: string; source: 'date' | 'sessions' } | undefined

export function workshopWhen(
  edition: { date?: string; timeZone: string },
  sessions: { start: string }[],
): WorkshopWhen {
  // The workshop day is stored at noon UTC (normaliseWorkshopDay): read in UTC, it is that day.
  const dateDay = edition.date ? calendarDay(edition.date, 'UTC') : undefined
  const sessionDays = new Map<string, string>()
  for (const session of sessions) {
    const day = calendarDay(session.start, edition.timeZone)
    if (!sessionDays.has(day)) sessionDays.set(day, session.start)
  }
  if (edition.date && (sessionDays.size === 0 || (dateDay && sessionDays.has(dateDay)))) {
    return { text: formatDate(edition.date, 'UTC'), source: 'date' }
  }
  if (sessionDays.size === 0) return undefined
  const days = [...sessionDays.entries()].sort(([a], [b]) => a.localeCompare(b))
  return {
    text: days.map(([, start]) => formatDate(start, edition.timeZone)).join(' and '),
    source: 'sessions',
  }
}
