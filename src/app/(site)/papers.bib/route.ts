import { editionFeed } from '@/lib/feeds/editionFeed'
import { bibliography } from '@/lib/feeds/papers'
import { getCitablePapers } from '@/lib/feeds/queries'
import { siteUrl } from '@/lib/siteUrl'

/** /papers.bib: BibTeX for the current edition's accepted papers; ?year=2024 for an earlier one. */
// Per request, like /schedule.ics: a published correction must reach the next download.
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return editionFeed(request, '/papers.bib', async (edition) => {
    const papers = await getCitablePapers(edition, await siteUrl())
    return {
      body: bibliography(papers),
      format: { contentType: 'application/x-bibtex; charset=utf-8', filename: `syntagen-${edition.year}-papers`, extension: 'bib' },
    }
  })
}
