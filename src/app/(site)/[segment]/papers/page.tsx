import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { editionOfSegment } from '@/components/views/resolveEdition'
import { NO_FILTER } from '@/lib/papers/filter'
import { listEditionIdsForBuild } from '@/lib/queries'

type ArchivePapersProps = { params: Promise<{ segment: string }> }

export const revalidate = 3600
export const dynamicParams = true

export async function generateStaticParams(): Promise<{ segment: string }[]> {
  const editions = await listEditionIdsForBuild()
  return editions.map((edition) => ({ segment: String(edition.year) }))
}

export async function generateMetadata({ params }: ArchivePapersProps): Promise<Metadata> {
  const edition = await editionOfSegment((await params).segment)
  return edition ? papersMetadata(edition) : {}
}

/** The first page of one edition's papers, prerendered; /<year>/papers/page/<n> and /<year>/papers/search follow. */
export default async function ArchivePapersPage({ params }: ArchivePapersProps) {
  const edition = await editionOfSegment((await params).segment)
  if (!edition) notFound()
  return <PapersPage edition={edition} filter={NO_FILTER} page={1} />
}
