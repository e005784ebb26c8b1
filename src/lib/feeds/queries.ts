/**
 * The papers behind /papers.bib and /papers.json, read as an anonymous visitor (like the
 * calendars): a draft paper never reaches a citation feed, whoever asks.
 */
import type { CalendarEditionWithId } from '../calendarQueries'
import { type CitablePaper, proceedingsTitle } from '../citation'
import { editionPath } from '../editions/reshape'
import { payloadClient } from '../payload'
import { absoluteUrl, sitePaths } from '../siteUrl'

/** The published papers of an edition, by slug, as citations describe them. */
export async function getCitablePapers(edition: CalendarEditionWithId, siteUrl: string): Promise<CitablePaper[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'papers',
    where: { edition: { equals: edition.id } },
    select: { slug: true, title: true, authors: true, abstract: true, links: true },
    depth: 0,
    sort: 'slug',
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  const booktitle = proceedingsTitle(edition)
  const base = editionPath(edition)
  return docs.map((paper) => ({
    title: paper.title,
    authors: paper.authors.map((author) => ({ name: author.name, affiliation: author.affiliation ?? null })),
    year: edition.year,
    booktitle,
    url: absoluteUrl(`${base}${sitePaths.paper(paper.slug)}`, siteUrl),
    slug: paper.slug,
    pdfUrl: paper.links?.pdf ?? null,
    publicationDate: edition.date ?? null,
    abstract: paper.abstract ?? null,
  }))
}
