import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ChallengePage, challengeMetadata, hasChallenge } from '@/components/views/ChallengePage'
import { getCurrentEdition } from '@/lib/queries'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const edition = await getCurrentEdition()
  return hasChallenge(edition) ? challengeMetadata(edition) : {}
}

/** The current edition's challenge; an archive's is at /<year>/challenge. */
export default async function CurrentChallengePage() {
  const edition = await getCurrentEdition()
  if (!hasChallenge(edition)) notFound()
  return <ChallengePage edition={edition} />
}
