import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { listingPageOfSegment } from '@/components/views/resolveEdition'
import { NO_FILTER } from '@/lib/papers/filter'
import { getCurrentEdition } from '@/lib/queries'

type PagedProps = { params: Promise<{ page: string }> }

export const revalidate = 3600
// Rendered on first request, then cached like any page; none is built ahead.
export const dynamicParams = true

export function generateStaticParams(): { page: string }[] {
  return []
}

export async function generateMetadata({ params }: PagedProps): Promise<Metadata> {
  const edition = await getCurrentEdition()
  const page = listingPageOfSegment((await params).page)
  return edition && page ? papersMetadata(edition, page) : {}
}

/** Page 2 onwards of the current edition's papers (/papers/page/1 is /papers). */
export default async function CurrentPapersListingPage({ params }: PagedProps) {
  const [edition, page] = [await getCurrentEdition(), listingPageOfSegment((await params).page)]
  if (!edition || !page) notFound()
  return <PapersPage edition={edition} filter={NO_FILTER} page={page} />
}
