import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersSearchMetadata } from '@/components/views/PapersPage'
import { parsePageNumber, parsePaperFilter } from '@/lib/papers/filter'
import { getCurrentEdition } from '@/lib/queries'

type SearchProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? papersSearchMetadata(edition) : {}
}

/**
 * The papers search without JavaScript: the form's ?q=&presentation=&award=&page=, filtered on
 * the server per request. With JavaScript the same query runs as the visitor types.
 */
export default async function CurrentPapersSearchPage({ searchParams }: SearchProps) {
  const edition = await getCurrentEdition()
  if (!edition) notFound()
  const query = await searchParams
  return <PapersPage edition={edition} filter={parsePaperFilter(query)} page={parsePageNumber(query.page)} />
}
