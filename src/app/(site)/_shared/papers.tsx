import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { type EditionRouteParams, findEdition, listingPageOfSegment } from '@/components/views/resolveEdition'
import { NO_FILTER } from '@/lib/papers/filter'
import type { EditionView } from '@/lib/reshape'

import { pageRoute } from './pageRoute'

type ListingParams = EditionRouteParams & { page?: string }

/** /papers is page 1; /papers/page/<n> names page 2 onwards (see listingPageOfSegment). */
async function findListing({ page, ...params }: ListingParams) {
  const number = page === undefined ? 1 : listingPageOfSegment(page)
  if (number === undefined) return null
  const found = await findEdition(params)
  return found ? { edition: found.edition, page: number } : null
}

function PapersListing({ edition, page }: { edition: EditionView; page: number }) {
  return <PapersPage edition={edition} filter={NO_FILTER} page={page} />
}

/**
 * An edition's papers, unfiltered: /papers (page 1, prerendered), /papers/page/<n> (page 2
 * onwards) and their archive twins under /<year>. A search is /papers/search?q=.
 */
export const { generateMetadata, Page } = pageRoute({
  find: findListing,
  metadata: ({ edition, page }) => papersMetadata(edition, page),
  View: PapersListing,
})
