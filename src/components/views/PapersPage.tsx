import type { Metadata } from 'next'

import { editionStage } from '@/lib/editions/outline'
import { pageMetadata } from '@/lib/metadata'
import type { PaperFilter } from '@/lib/papers/filter'
import { getPaperListing } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { FeedLinks } from '../feeds/FeedLinks'
import { PaperSearch } from '../papers/PaperSearch.client'
import { TO_BE_ANNOUNCED } from '../Section'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

type PapersPageProps = { edition: EditionView; filter: PaperFilter; page: number }

/**
 * One page of an edition's papers (50 at a time, real ?page= links), searched by the database over
 * titles, authors and abstracts: the same query answers a visitor without JavaScript (this page)
 * and the search box as it is typed in (papers/search.json).
 */
export async function PapersPage({ edition, filter, page }: PapersPageProps) {
  const listing = await getPaperListing(edition.id, filter, page)
  const action = `${edition.basePath}${sitePaths.papers()}`
  const isUnfiltered = !filter.q && !filter.presentation && !filter.award
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={edition.basePath || '/'}>{edition.name}</a>
        </p>
        <h1>Accepted papers</h1>
        {listing.total === 0 && isUnfiltered ? (
          editionStage(edition) === 'past' ? (
            <p>No accepted papers are listed for {edition.name}.</p>
          ) : (
            <p className="tba">{TO_BE_ANNOUNCED}</p>
          )
        ) : (
          <PaperSearch
            action={action}
            basePath={edition.basePath}
            year={edition.isCurrent ? undefined : edition.year}
            editionYear={edition.year}
            initialFilter={filter}
            initialListing={listing}
          />
        )}
        {listing.total > 0 ? <FeedLinks kind="papers" year={edition.isCurrent ? undefined : edition.year} /> : null}
      </main>
      <SiteFooter edition={edition} />
    </>
  )
}

export function papersMetadata(edition: EditionView): Metadata {
  return pageMetadata({
    title: `Accepted papers, ${edition.name}`,
    description: `The papers accepted at ${edition.name} (${edition.conference} ${edition.year}): orals, spotlights, posters and awards.`,
    path: `${edition.basePath}${sitePaths.papers()}`,
  })
}
