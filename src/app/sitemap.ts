import type { MetadataRoute } from 'next'

import { getSitemapContent } from '@/lib/calendarQueries'
import { absoluteUrl, siteUrl, sitePaths } from '@/lib/siteUrl'

/**
 * Per request, like the calendars: it reads the database (which a build may not have) and
 * PUBLIC_URL, and sits outside the (site) layout that `revalidatePath('/', 'layout')` refreshes.
 */
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const content = await getSitemapContent()
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path, base),
    ...(lastModified ? { lastModified } : {}),
  })
  const current = content.editions.find((edition) => edition.isCurrent)
  const entries: MetadataRoute.Sitemap = [
    entry(sitePaths.home(), current?.updatedAt),
    ...content.editions.map((edition) => entry(sitePaths.edition(edition.year), edition.updatedAt)),
  ]
  if (current) {
    entries.push(entry(sitePaths.schedule(), current.updatedAt), entry(sitePaths.papers(), current.updatedAt))
  }
  entries.push(
    ...content.papers.map((paper) => entry(sitePaths.paper(paper.slug), paper.updatedAt)),
    ...content.speakers.map((speaker) => entry(sitePaths.speaker(speaker.slug), speaker.updatedAt)),
    ...content.pages.map((page) => entry(sitePaths.page(page.slug), page.updatedAt)),
  )
  // A page slug could repeat a fixed path ("schedule"); list each address once.
  const seen = new Set<string>()
  return entries.filter((item) => (seen.has(item.url) ? false : (seen.add(item.url), true)))
}
