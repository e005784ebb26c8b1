import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersSearchMetadata } from '@/components/views/PapersPage'
import { type EditionRouteParams, findEdition } from '@/components/views/resolveEdition'
import { parsePageNumber, parsePaperFilter } from '@/lib/papers/filter'

type SearchProps = {
  params: Promise<EditionRouteParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: SearchProps): Promise<Metadata> {
  const found = await findEdition(await params)
  return found ? papersSearchMetadata(found.edition) : {}
}

/**
 * An edition's papers search without JavaScript (/papers/search and /<year>/papers/search): the
 * form's ?q=&presentation=&award=&page=, filtered on the server per request. With JavaScript the
 * same query runs as the visitor types.
 */
export async function Page({ params, searchParams }: SearchProps) {
  const found = await findEdition(await params)
  if (!found) notFound()
  const query = await searchParams
  return <PapersPage edition={found.edition} filter={parsePaperFilter(query)} page={parsePageNumber(query.page)} />
}
