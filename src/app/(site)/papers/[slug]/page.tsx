import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PaperPage, paperMetadata } from '@/components/views/PaperPage'
import { findPaper } from '@/components/views/resolveEdition'
import { listEditionIdsForBuild, listPaperSlugs } from '@/lib/queries'

type PaperProps = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  // No request at build time, so no draft mode: the published current edition, read directly.
  const current = (await listEditionIdsForBuild()).find((edition) => edition.isCurrent)
  const slugs = current ? await listPaperSlugs(current.id) : []
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: PaperProps): Promise<Metadata> {
  const found = await findPaper((await params).slug)
  return found ? paperMetadata(found.edition, found.paper) : {}
}

export default async function CurrentPaperPage({ params }: PaperProps) {
  const found = await findPaper((await params).slug)
  if (!found) notFound()
  return <PaperPage edition={found.edition} paper={found.paper} />
}
