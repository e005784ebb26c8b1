import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MySchedulePage, myScheduleMetadata } from '@/components/views/MySchedulePage'
import { getCurrentEdition } from '@/lib/queries'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? myScheduleMetadata(edition) : {}
}

/** The current edition's starred items; an archive's are at /<year>/my-schedule. */
export default async function CurrentMySchedulePage() {
  const edition = await getCurrentEdition()
  if (!edition) notFound()
  return <MySchedulePage edition={edition} />
}
