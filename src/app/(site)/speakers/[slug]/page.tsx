import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { findSpeaker } from '@/components/views/resolveEdition'
import { SpeakerPage, speakerMetadata } from '@/components/views/SpeakerPage'
import { listEditionIdsForBuild, listSpeakerSlugs } from '@/lib/queries'

type SpeakerProps = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  // No request at build time, so no draft mode: the published current edition, read directly.
  const current = (await listEditionIdsForBuild()).find((edition) => edition.isCurrent)
  const slugs = current ? await listSpeakerSlugs(current.id) : []
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: SpeakerProps): Promise<Metadata> {
  const found = await findSpeaker((await params).slug)
  return found ? speakerMetadata(found.edition, found.speaker) : {}
}

export default async function CurrentSpeakerPage({ params }: SpeakerProps) {
  const found = await findSpeaker((await params).slug)
  if (!found) notFound()
  return <SpeakerPage {...found} />
}
