import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ScheduleChangesPage, scheduleChangesMetadata } from '@/components/views/ScheduleChangesPage'
import { getCurrentEdition } from '@/lib/queries'

// Like the schedule: prerendered, and refreshed by revalidateSite when a session is published.
export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? scheduleChangesMetadata(edition) : {}
}

/** The current edition's schedule changes; an archive's are at /<year>/schedule/changes. */
export default async function CurrentScheduleChangesPage() {
  const edition = await getCurrentEdition()
  if (!edition) notFound()
  return <ScheduleChangesPage edition={edition} />
}
