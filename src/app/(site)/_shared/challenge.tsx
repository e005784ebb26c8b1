import { ChallengePage, challengeMetadata, hasChallenge } from '@/components/views/ChallengePage'
import { type EditionRouteParams, findEdition } from '@/components/views/resolveEdition'

import { pageRoute } from './pageRoute'

async function findChallenge(params: EditionRouteParams) {
  const edition = (await findEdition(params))?.edition ?? null
  return hasChallenge(edition) ? { edition } : null
}

/** An edition's challenge: /challenge (the current edition) and /<year>/challenge. */
export const { generateMetadata, Page } = pageRoute({
  find: findChallenge,
  metadata: ({ edition }) => challengeMetadata(edition),
  View: ChallengePage,
})
