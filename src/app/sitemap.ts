import type { MetadataRoute } from 'next'

import { getSitemapContent } from '@/lib/calendarQueries'
import { absoluteUrl, siteUrl, sitePaths } from '@/lib/siteUrl'

/**
 * Per request, like the calendars: it reads the database (which a build may not have) and
 * PUBLIC_URL, and sits outside the (site) layout that `revalidatePath('/', 'layout')` refreshes.
 */
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

/**
 * Canonical addresses only. The current edition lives at the root ("/", "/papers/<slug>") and its
 * "/<year>" twins name the root as canonical, so a sitemap listing them would contradict the pages;
 * earlier editions live under "/<year>".
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await siteUrl()
  const content = await getSitemapContent()
  const entry = (path: string, lastModified?: string): Entry => ({
    url: absoluteUrl(path, base),
    ...(lastModified ? { lastModified } : {}),
  })
  const prefixOf = new Map(content.editions.map((edition) => [edition.id, edition.isCurrent ? '' : sitePaths.edition(edition.year)]))

  // The home page is there even before an edition is current.
  const current = content.editions.find((edition) => edition.isCurrent)
  const entries: Entry[] = [entry(sitePaths.home(), current?.updatedAt)]
  for (const edition of content.editions) {
    const prefix = prefixOf.get(edition.id) ?? ''
    if (prefix) entries.push(entry(prefix, edition.updatedAt))
    entries.push(
      entry(`${prefix}${sitePaths.schedule()}`, edition.updatedAt),
      entry(`${prefix}${sitePaths.papers()}`, edition.updatedAt),
    )
    if (edition.hasChallenge) entries.push(entry(`${prefix}${sitePaths.challenge()}`, edition.updatedAt))
  }
  for (const paper of content.papers) {
    entries.push(entry(`${prefixOf.get(paper.editionId) ?? ''}${sitePaths.paper(paper.slug)}`, paper.updatedAt))
  }
  for (const speaker of content.speakers) {
    entries.push(entry(`${prefixOf.get(speaker.editionId) ?? ''}${sitePaths.speaker(speaker.slug)}`, speaker.updatedAt))
  }
  entries.push(...content.pages.map((page) => entry(sitePaths.page(page.slug), page.updatedAt)))

  // A page slug could repeat a fixed path ("schedule"); list each address once.
  const byUrl = new Map<string, Entry>()
  for (const item of entries) if (!byUrl.has(item.url)) byUrl.set(item.url, item)
  return [...byUrl.values()]
}
