import { findSpeaker } from '@/components/views/resolveEdition'
import { SpeakerPage, speakerMetadata } from '@/components/views/SpeakerPage'

import { pageRoute } from './pageRoute'

/** One speaker: /speakers/<slug> (whichever edition has them, the current first) and /<year>/speakers/<slug>. */
export const { generateMetadata, Page } = pageRoute({
  find: findSpeaker,
  metadata: ({ edition, speaker }) => speakerMetadata(edition, speaker),
  View: SpeakerPage,
})
