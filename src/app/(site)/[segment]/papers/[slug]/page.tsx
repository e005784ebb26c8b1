import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PaperPage, paperMetadata } from '@/components/views/PaperPage'
import { editionOfSegment } from '@/components/views/resolveEdition'
import { getPaperBySlug, listEditionIdsForBuild, listPaperSlugs } from '@/lib/queries'

type ArchivePaperProps = { params: Promise<{ segment: string; slug: string }> }

export const dynamicParams = true

export async function generateStaticParams(): Promise<{ segment: string; slug: string }[]> {
  const editions = await listEditionIdsForBuild()
  const perEdition = await Promise.all(
    editions.map(async (edition) =>
      (await listPaperSlugs(edition.id)).map((slug) => ({ segment: String(edition.year), slug })),
    ),
  )
  return perEdition.flat()
}

async function load(params: ArchivePaperProps['params']) {
  const { segment, slug } = await params
  const edition = await editionOfSegment(segment)
  const paper = edition ? await getPaperBySlug(edition.id, slug) : null
  return edition && paper ? { edition, paper } : null
}

export async function generateMetadata({ params }: ArchivePaperProps): Promise<Metadata> {
  const found = await load(params)
  return found ? paperMetadata(found.edition, found.paper) : {}
}

export default async function ArchivePaperPage({ params }: ArchivePaperProps) {
  const found = await load(params)
  if (!found) notFound()
  return <PaperPage edition={found.edition} paper={found.paper} />
}
