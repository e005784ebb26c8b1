import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata'
import { withScheduledPapers } from '@/lib/mySchedule/program'
import { getSchedule, getScheduledPapers } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { ScheduleTable } from '../schedule/ScheduleTable'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'
import { MySchedule, type MySchedulePaper } from '../stars/MySchedule.client'

/**
 * My schedule: the whole program rendered once on the server (so the page is static and cached
 * like the schedule), shown filtered to the visitor's stars in the browser, where they are kept.
 */
export async function MySchedulePage({ edition }: { edition: EditionView }) {
  const [schedule, scheduledPapers] = await Promise.all([getSchedule(edition.id), getScheduledPapers(edition.id)])
  const sessions = withScheduledPapers(schedule, scheduledPapers)
  const renderedAt = Date.now()
  // A paper both listed by one session and naming another is one paper, in two sessions.
  const papersById = new Map<string, MySchedulePaper>()
  for (const session of sessions) {
    for (const paper of session.papers) {
      const seen = papersById.get(paper.id)
      papersById.set(paper.id, {
        id: paper.id,
        title: paper.title,
        href: `${edition.basePath}${sitePaths.paper(paper.slug)}`,
        sessionTitle: seen ? `${seen.sessionTitle} and ${session.title}` : session.title,
      })
    }
  }
  const papers = [...papersById.values()]
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={`${edition.basePath}${sitePaths.schedule()}`}>Schedule, {edition.name}</a>
        </p>
        <h1>My schedule</h1>
        <MySchedule
          year={edition.year}
          editionName={edition.name}
          path={`${edition.basePath}${sitePaths.mySchedule()}`}
          schedulePath={`${edition.basePath}${sitePaths.schedule()}`}
          papersPath={`${edition.basePath}${sitePaths.papers()}`}
          calendarPath={sitePaths.scheduleCalendar(edition.year)}
          sessionIds={sessions.map((session) => session.id)}
          papers={papers}
        >
          <ScheduleTable edition={edition} sessions={sessions} renderedAt={renderedAt} id="my-schedule" starredOnly />
        </MySchedule>
      </main>
      <SiteFooter edition={edition} />
    </>
  )
}

export function myScheduleMetadata(edition: EditionView): Metadata {
  return pageMetadata({
    title: `My schedule, ${edition.name}`,
    description: `The sessions and papers of ${edition.name} you starred, in the venue's time or yours.`,
    path: `${edition.basePath}${sitePaths.mySchedule()}`,
  })
}
