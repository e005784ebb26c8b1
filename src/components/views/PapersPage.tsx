import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { editionStage } from '@/lib/editions/outline'
import { pageMetadata } from '@/lib/metadata'
import { type PaperFilter, isUnfiltered } from '@/lib/papers/filter'
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
 * One page of an edition's papers, 50 at a time: unfiltered at /papers and /papers/page/<n>
 * (prerendered), filtered at /papers/search?q= (per request). The database searches titles,
 * authors and abstracts: the same query answers a visitor without JavaScript (this page) and the
 * search box as it is typed in (papers/search.json).
 */
export async function PapersPage({ edition, filter, page }: PapersPageProps) {
  const listing = await getPaperListing(edition.id, filter, page)
  const unfiltered = isUnfiltered(filter)
  // A listing page past the last is not a page (a search past its last shows its "none found").
  if (unfiltered && page > 1 && page > listing.pages) notFound()
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={edition.basePath || '/'}>{edition.name}</a>
        </p>
        <h1>Accepted papers</h1>
        {listing.total === 0 && unfiltered ? (
          editionStage(edition) === 'past' ? (
            <p>No accepted papers are listed for {edition.name}.</p>
          ) : (
            <p className="tba">{TO_BE_ANNOUNCED}</p>
          )
        ) : (
          <PaperSearch
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

export function papersMetadata(edition: EditionView, page = 1): Metadata {
  return pageMetadata({
    title: page > 1 ? `Accepted papers, page ${page}, ${edition.name}` : `Accepted papers, ${edition.name}`,
    description: `The papers accepted at ${edition.name} (${edition.conference} ${edition.year}): orals, spotlights, posters and awards.`,
    path: `${edition.basePath}${sitePaths.papersPage(page)}`,
  })
}

/** A search's results are the listing's, filtered: the listing is what search engines should keep. */
export function papersSearchMetadata(edition: EditionView): Metadata {
  const metadata = pageMetadata({
    title: `Search papers, ${edition.name}`,
    description: `Search the papers accepted at ${edition.name} by title, author and abstract.`,
    path: `${edition.basePath}${sitePaths.papers()}`,
  })
  return { ...metadata, robots: { index: false, follow: true } }
}
