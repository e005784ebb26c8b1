import { PaperPage, paperMetadata } from '@/components/views/PaperPage'
import { findPaper } from '@/components/views/resolveEdition'

import { pageRoute } from './pageRoute'

/** One paper: /papers/<slug> (whichever edition has it, the current first) and /<year>/papers/<slug>. */
export const { generateMetadata, Page } = pageRoute({
  find: findPaper,
  metadata: ({ edition, paper }) => paperMetadata(edition, paper),
  View: PaperPage,
})
