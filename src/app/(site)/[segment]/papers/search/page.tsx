import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersSearchMetadata } from '@/components/views/PapersPage'
import { editionOfSegment } from '@/components/views/resolveEdition'
import { parsePageNumber, parsePaperFilter } from '@/lib/papers/filter'

type ArchiveSearchProps = {
  params: Promise<{ segment: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: ArchiveSearchProps): Promise<Metadata> {
  const edition = await editionOfSegment((await params).segment)
  return edition ? papersSearchMetadata(edition) : {}
}

/** One edition's papers search without JavaScript, filtered on the server per request. */
export default async function ArchivePapersSearchPage({ params, searchParams }: ArchiveSearchProps) {
  const edition = await editionOfSegment((await params).segment)
  if (!edition) notFound()
  const query = await searchParams
  return <PapersPage edition={edition} filter={parsePaperFilter(query)} page={parsePageNumber(query.page)} />
}
