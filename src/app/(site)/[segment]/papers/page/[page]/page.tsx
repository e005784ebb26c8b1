import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { editionOfSegment, listingPageOfSegment } from '@/components/views/resolveEdition'
import { NO_FILTER } from '@/lib/papers/filter'

type ArchivePagedProps = { params: Promise<{ segment: string; page: string }> }

export const revalidate = 3600
// Rendered on first request, then cached like any page; none is built ahead.
export const dynamicParams = true

export function generateStaticParams(): { segment: string; page: string }[] {
  return []
}

export async function generateMetadata({ params }: ArchivePagedProps): Promise<Metadata> {
  const { segment, page } = await params
  const [edition, number] = [await editionOfSegment(segment), listingPageOfSegment(page)]
  return edition && number ? papersMetadata(edition, number) : {}
}

/** Page 2 onwards of one edition's papers. */
export default async function ArchivePapersListingPage({ params }: ArchivePagedProps) {
  const { segment, page } = await params
  const [edition, number] = [await editionOfSegment(segment), listingPageOfSegment(page)]
  if (!edition || !number) notFound()
  return <PapersPage edition={edition} filter={NO_FILTER} page={number} />
}
