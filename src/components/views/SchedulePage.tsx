import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata'
import { getSchedule, getScheduleChanges } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { absoluteUrl, sitePaths, siteUrl, toWebcal } from '@/lib/siteUrl'

import { FeedLinks } from '../feeds/FeedLinks'
import { ScheduleTable } from '../schedule/ScheduleTable'
import { TO_BE_ANNOUNCED } from '../Section'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

export async function SchedulePage({ edition }: { edition: EditionView }) {
  const [sessions, history, base] = await Promise.all([getSchedule(edition.id), getScheduleChanges(edition.id), siteUrl()])
  const renderedAt = Date.now()
  const calendarPath = sitePaths.scheduleCalendar(edition.isCurrent ? undefined : edition.year)
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={edition.basePath || '/'}>{edition.name}</a>
        </p>
        <h1>Schedule</h1>
        {sessions.length === 0 ? (
          <p className="tba">{TO_BE_ANNOUNCED}</p>
        ) : (
          <>
            <p className="my-schedule-hint">
              Star the sessions you plan to attend: they gather on{' '}
              <a href={`${edition.basePath}${sitePaths.mySchedule()}`}>My schedule</a>, kept in this browser.
            </p>
            <ScheduleChangesLink edition={edition} count={history.changes.length} />
            <ScheduleTable
              edition={edition}
              sessions={sessions}
              renderedAt={renderedAt}
              id="schedule"
              changes={history.markers}
            />
            <p className="calendar-links">
              <a href={calendarPath} download>
                Download the schedule (.ics)
              </a>{' '}
              · <a href={toWebcal(absoluteUrl(calendarPath, base))}>Subscribe in your calendar app</a>
            </p>
            <FeedLinks kind="schedule" year={edition.isCurrent ? undefined : edition.year} />
          </>
        )}
      </main>
      <SiteFooter edition={edition} />
    </>
  )
}

/** Shown once something moved, was added or was cancelled since the schedule was first published. */
function ScheduleChangesLink({ edition, count }: { edition: EditionView; count: number }) {
  if (count === 0) return null
  return (
    <p className="schedule-changes-link">
      <a href={`${edition.basePath}${sitePaths.scheduleChanges()}`}>
        What changed: {count === 1 ? 'one change' : `${count} changes`} since the schedule was first published
      </a>
    </p>
  )
}

export function scheduleMetadata(edition: EditionView): Metadata {
  return pageMetadata({
    title: `Schedule, ${edition.name}`,
    description: `The program of ${edition.name} at ${edition.conference} ${edition.year}: talks, papers and posters, in the venue's time or yours.`,
    path: `${edition.basePath}${sitePaths.schedule()}`,
  })
}
