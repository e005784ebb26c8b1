import { findEdition } from '@/components/views/resolveEdition'
import { ScheduleChangesPage, scheduleChangesMetadata } from '@/components/views/ScheduleChangesPage'

import { pageRoute } from './pageRoute'

/** An edition's schedule changes: /schedule/changes (the current edition) and /<year>/schedule/changes. */
export const { generateMetadata, Page } = pageRoute({
  find: findEdition,
  metadata: ({ edition }) => scheduleChangesMetadata(edition),
  View: ScheduleChangesPage,
})
