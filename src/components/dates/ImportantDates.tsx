import type { ImportantDateView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'
import { deadlineZone, formatDate, formatDateTime, zoneLabel } from '@/lib/time'

import { Countdown } from './Countdown.client'
import { DueDate } from './DueDate.client'

type ImportantDatesProps = {
  dates: ImportantDateView[]
  venueZone: string
  /** The calendar file's year; undefined for the current edition. */
  year?: number
  renderedAt: number
}

/** "22 March 2024, 23:59 AoE (UTC−12)", or "17 June 2024" for a whole day: the date in its rule. */
function inRule(instant: string, zone: string, showTime: boolean): string {
  if (!showTime) return formatDate(instant, zone, { style: 'long' })
  return `${formatDateTime(instant, zone)} ${zoneLabel(zone, new Date(instant))}`
}

export function ImportantDates({ dates, venueZone, year, renderedAt }: ImportantDatesProps) {
  return (
    <>
      <Countdown dates={dates.map(({ label, due }) => ({ label, due }))} renderedAt={renderedAt} />
      <ul className="important-dates">
        {dates.map((date) => {
          const zone = deadlineZone(date, venueZone)
          return (
            <li key={date.id}>
              <span className="date-label">{date.label}</span>{' '}
              <span className="date-when">
                {date.previousDue ? (
                  <>
                    <del className="date-moved">
                      <span className="visually-hidden">Moved from </span>
                      {inRule(date.previousDue, zone, date.showTime)}
                    </del>{' '}
                  </>
                ) : null}
                <DueDate
                  due={date.due}
                  kind={date.kind}
                  inRule={inRule(date.due, zone, date.showTime)}
                  showTime={date.showTime}
                  note={date.note}
                  renderedAt={renderedAt}
                />
              </span>
            </li>
          )
        })}
      </ul>
      <p className="calendar-links">
        <a href={sitePaths.datesCalendar(year)} download>
          Download the dates (.ics)
        </a>
      </p>
    </>
  )
}
