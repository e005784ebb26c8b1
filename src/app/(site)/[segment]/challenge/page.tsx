import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ChallengePage, challengeMetadata, hasChallenge } from '@/components/views/ChallengePage'
import { editionOfSegment } from '@/components/views/resolveEdition'
import { listEditionIdsForBuild } from '@/lib/queries'

type ArchiveProps = { params: Promise<{ segment: string }> }

export const revalidate = 3600
export const dynamicParams = true

export async function generateStaticParams(): Promise<{ segment: string }[]> {
  const editions = await listEditionIdsForBuild()
  return editions.map((edition) => ({ segment: String(edition.year) }))
}

export async function generateMetadata({ params }: ArchiveProps): Promise<Metadata> {
  const edition = await editionOfSegment((await params).segment)
  return hasChallenge(edition) ? challengeMetadata(edition) : {}
}

export default async function ArchiveChallengePage({ params }: ArchiveProps) {
  const edition = await editionOfSegment((await params).segment)
  if (!hasChallenge(edition)) notFound()
  return <ChallengePage edition={edition} />
}
