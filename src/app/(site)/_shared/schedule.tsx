import { SchedulePage, scheduleMetadata } from '@/components/views/SchedulePage'
import { findEdition } from '@/components/views/resolveEdition'

import { pageRoute } from './pageRoute'

/** An edition's schedule: /schedule (the current edition) and /<year>/schedule. */
export const { generateMetadata, Page } = pageRoute({
  find: findEdition,
  metadata: ({ edition }) => scheduleMetadata(edition),
  View: SchedulePage,
})
