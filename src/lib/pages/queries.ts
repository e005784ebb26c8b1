import { cache } from 'react'

import { AS_VISITOR, type Selection, currentReader } from '../content/reader'
import { payloadClient } from '../payload'
import { type PageDoc, type PageView, type SiteView, reshapePage, reshapeSite } from './reshape'

const PAGE_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  content: true,
  updatedAt: true,
  meta: true,
} as const satisfies Selection<PageDoc>

export const getPageBySlug = cache(async (slug: string): Promise<PageView | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    select: PAGE_FIELDS,
    // page → meta.image (media)
    depth: 1,
    limit: 1,
    pagination: false,
    ...(await currentReader()),
  })
  const doc = docs[0]
  return doc ? reshapePage(doc) : null
})

export async function listPageSlugs(): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs.map((doc) => doc.slug)
}

/** The site global: name, navigation, footer. Always the published version. */
export const getSite = cache(async (): Promise<SiteView> => {
  const payload = await payloadClient()
  const site = await payload.findGlobal({ slug: 'site', depth: 0, ...AS_VISITOR })
  return reshapeSite(site)
})
