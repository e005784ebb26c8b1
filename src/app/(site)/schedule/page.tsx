import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SchedulePage, scheduleMetadata } from '@/components/views/SchedulePage'
import { getCurrentEdition } from '@/lib/queries'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? scheduleMetadata(edition) : {}
}

/** The current edition's schedule; an archive's is at /<year>/schedule. */
export default async function CurrentSchedulePage() {
  const edition = await getCurrentEdition()
  if (!edition) notFound()
  return <SchedulePage edition={edition} />
}
