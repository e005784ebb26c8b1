import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { editionOfSegment } from '@/components/views/resolveEdition'
import { parsePageNumber, parsePaperFilter } from '@/lib/papers/filter'

type ArchivePapersProps = {
  params: Promise<{ segment: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: ArchivePapersProps): Promise<Metadata> {
  const edition = await editionOfSegment((await params).segment)
  return edition ? papersMetadata(edition) : {}
}

export default async function ArchivePapersPage({ params, searchParams }: ArchivePapersProps) {
  const edition = await editionOfSegment((await params).segment)
  if (!edition) notFound()
  const query = await searchParams
  return <PapersPage edition={edition} filter={parsePaperFilter(query)} page={parsePageNumber(query.page)} />
}
