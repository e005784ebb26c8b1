import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { editionOfSegment } from '@/components/views/resolveEdition'
import { ScheduleChangesPage, scheduleChangesMetadata } from '@/components/views/ScheduleChangesPage'
import { listEditionIdsForBuild } from '@/lib/queries'

type ArchiveProps = { params: Promise<{ segment: string }> }

// Like /<year>/schedule: prerendered, and refreshed by revalidateSite when a session is published.
export const revalidate = 3600
export const dynamicParams = true

export async function generateStaticParams(): Promise<{ segment: string }[]> {
  const editions = await listEditionIdsForBuild()
  return editions.map((edition) => ({ segment: String(edition.year) }))
}

export async function generateMetadata({ params }: ArchiveProps): Promise<Metadata> {
  const edition = await editionOfSegment((await params).segment)
  return edition ? scheduleChangesMetadata(edition) : {}
}

export default async function ArchiveScheduleChangesPage({ params }: ArchiveProps) {
  const edition = await editionOfSegment((await params).segment)
  if (!edition) notFound()
  return <ScheduleChangesPage edition={edition} />
}
