import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { archiveStaticParams } from '@/app/(site)/_shared/archiveStaticParams'
import { ContentPage, contentPageMetadata } from '@/components/views/ContentPage'
import { EditionPage, editionMetadata } from '@/components/views/EditionPage'
import { editionOfSegment, yearOfSegment } from '@/components/views/resolveEdition'
import { getPageBySlug, listPageSlugs } from '@/lib/queries'

type SegmentProps = { params: Promise<{ segment: string }> }

export const revalidate = 3600
// Editions and pages published after the build render on first request, then are cached.
export const dynamicParams = true

/** One dynamic root segment serves both /<year> (an edition's archive) and /<slug> (a page). */
export async function generateStaticParams(): Promise<{ segment: string }[]> {
  const [years, slugs] = await Promise.all([archiveStaticParams(), listPageSlugs()])
  return [...years, ...slugs.map((slug) => ({ segment: slug }))]
}

export async function generateMetadata({ params }: SegmentProps): Promise<Metadata> {
  const { segment } = await params
  if (yearOfSegment(segment) !== undefined) {
    const edition = await editionOfSegment(segment)
    return edition ? editionMetadata(edition) : {}
  }
  const page = await getPageBySlug(segment)
  return page ? contentPageMetadata(page) : {}
}

export default async function SegmentPage({ params }: SegmentProps) {
  const { segment } = await params
  if (yearOfSegment(segment) !== undefined) {
    const edition = await editionOfSegment(segment)
    if (!edition) notFound()
    return <EditionPage edition={edition} />
  }
  const page = await getPageBySlug(segment)
  if (!page) notFound()
  return <ContentPage page={page} />
}
