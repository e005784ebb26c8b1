import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { parsePageNumber, parsePaperFilter } from '@/lib/papers/filter'
import { getCurrentEdition } from '@/lib/queries'

type PapersProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? papersMetadata(edition) : {}
}

/**
 * Rendered per request: without JavaScript the search is these query parameters, filtered on
 * the server. The current edition's; an archive's is at /<year>/papers.
 */
export default async function CurrentPapersPage({ searchParams }: PapersProps) {
  const edition = await getCurrentEdition()
  if (!edition) notFound()
  const query = await searchParams
  return <PapersPage edition={edition} filter={parsePaperFilter(query)} page={parsePageNumber(query.page)} />
}
