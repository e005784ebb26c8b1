import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PapersPage, papersMetadata } from '@/components/views/PapersPage'
import { NO_FILTER } from '@/lib/papers/filter'
import { getCurrentEdition } from '@/lib/queries'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? papersMetadata(edition) : {}
}

/**
 * The first page of the current edition's papers, prerendered: later pages are /papers/page/<n>
 * and a search is /papers/search?q=. An archive's listing is at /<year>/papers.
 */
export default async function CurrentPapersPage() {
  const edition = await getCurrentEdition()
  if (!edition) notFound()
  return <PapersPage edition={edition} filter={NO_FILTER} page={1} />
}
