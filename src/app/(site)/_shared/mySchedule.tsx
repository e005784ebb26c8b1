import { MySchedulePage, myScheduleMetadata } from '@/components/views/MySchedulePage'
import { findEdition } from '@/components/views/resolveEdition'

import { pageRoute } from './pageRoute'

/** A visitor's starred items of an edition: /my-schedule (the current edition) and /<year>/my-schedule. */
export const { generateMetadata, Page } = pageRoute({
  find: findEdition,
  metadata: ({ edition }) => myScheduleMetadata(edition),
  View: MySchedulePage,
})
