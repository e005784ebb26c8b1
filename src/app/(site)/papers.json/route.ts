import { editionFeed } from '@/lib/feeds/editionFeed'
import { cslItems } from '@/lib/feeds/papers'
import { getCitablePapers } from '@/lib/feeds/queries'
import { siteUrl } from '@/lib/siteUrl'

/** /papers.json: CSL-JSON for the current edition's accepted papers (Zotero, pandoc); ?year=2024 for an earlier one. */
// Per request, like /schedule.ics: a published correction must reach the next download.
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return editionFeed(request, '/papers.json', async (edition) => {
    const papers = await getCitablePapers(edition, await siteUrl())
    const items = cslItems(papers, { eventTitle: edition.name, eventPlace: edition.city })
    return {
      body: JSON.stringify(items, null, 2),
      // CSL-JSON has no registered media type; plain JSON is what Zotero and pandoc accept.
      format: { contentType: 'application/json; charset=utf-8', filename: `syntagen-${edition.year}-papers`, extension: 'json' },
    }
  })
}
