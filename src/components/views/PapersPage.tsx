import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata'
import { byProminence, type PaperFilter } from '@/lib/papers'
import { getPapers } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { PaperCard } from '../papers/PaperCard'
import { PaperSearch } from '../papers/PaperSearch.client'
import { TO_BE_ANNOUNCED } from '../Section'
import { SiteHeader } from '../SiteHeader'

type PapersPageProps = { edition: EditionView; filter: PaperFilter }

/**
 * Every paper is in the HTML; the filter only hides. So the browser can widen a search without a
 * request, and without JavaScript the server applies ?q=&presentation=&award= the same way.
 */
export async function PapersPage({ edition, filter }: PapersPageProps) {
  const papers = byProminence(await getPapers(edition.id))
  const action = `${edition.basePath}${sitePaths.papers()}`
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={edition.basePath || '/'}>{edition.name}</a>
        </p>
        <h1>Accepted papers</h1>
        {papers.length === 0 ? (
          <p className="tba">{TO_BE_ANNOUNCED}</p>
        ) : (
          <PaperSearch
            action={action}
            initialFilter={filter}
            entries={papers.map((paper) => ({
              id: paper.id,
              paper: {
                title: paper.title,
                authors: paper.authors.map(({ name }) => ({ name })),
                presentation: paper.presentation,
                award: paper.award,
              },
              card: <PaperCard paper={paper} basePath={edition.basePath} headingLevel={2} />,
            }))}
          />
        )}
      </main>
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
