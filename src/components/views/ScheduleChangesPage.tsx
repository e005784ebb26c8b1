import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata'
import { getScheduleChanges } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { ScheduleChanges } from '../schedule/ScheduleChanges'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

/** /schedule/changes and /<year>/schedule/changes: what moved, was added or was cancelled. */
export async function ScheduleChangesPage({ edition }: { edition: EditionView }) {
  const history = await getScheduleChanges(edition.id)
  const schedulePath = `${edition.basePath}${sitePaths.schedule()}`
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={schedulePath}>Schedule, {edition.name}</a>
        </p>
        <h1>Schedule changes</h1>
        <ScheduleChanges
          history={history}
          venueZone={edition.timeZone}
          defaultRoom={edition.room}
          schedulePath={schedulePath}
        />
      </main>
      <SiteFooter edition={edition} />
    </>
  )
}

export function scheduleChangesMetadata(edition: EditionView): Metadata {
  return pageMetadata({
    title: `Schedule changes, ${edition.name}`,
    description: `What moved, was added or was cancelled in the program of ${edition.name} since it was first published.`,
    path: `${edition.basePath}${sitePaths.scheduleChanges()}`,
  })
}
