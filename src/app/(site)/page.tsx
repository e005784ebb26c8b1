import type { Metadata } from 'next'

import { NoEdition } from '@/components/views/NoEdition'
import { EditionPage, editionMetadata } from '@/components/views/EditionPage'
import { getCurrentEdition } from '@/lib/queries'

// Rendered once and cached; a publish refreshes it (collections/hooks/revalidateSite.ts). The
// hourly pass keeps "passed" deadlines right for visitors without JavaScript.
export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return edition ? editionMetadata(edition) : {}
}

export default async function HomePage() {
  const edition = await getCurrentEdition()
  if (!edition) return <NoEdition />
  return <EditionPage edition={edition} />
}
