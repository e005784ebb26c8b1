import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { findSpeaker } from '@/components/views/resolveEdition'
import { SpeakerPage, speakerMetadata } from '@/components/views/SpeakerPage'

type SpeakerProps = { params: Promise<{ slug: string }> }

/*
 * Rendered per request. Each page's absolute links (canonical, BibTeX url) may name the address
 * the request came to (lib/siteUrl without PUBLIC_URL), which an on-demand prerender cannot read:
 * Next answers such a page with a 500. One paper or speaker is a cheap page to render.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: SpeakerProps): Promise<Metadata> {
  const found = await findSpeaker((await params).slug)
  return found ? speakerMetadata(found.edition, found.speaker) : {}
}

export default async function CurrentSpeakerPage({ params }: SpeakerProps) {
  const found = await findSpeaker((await params).slug)
  if (!found) notFound()
  return <SpeakerPage {...found} />
}
