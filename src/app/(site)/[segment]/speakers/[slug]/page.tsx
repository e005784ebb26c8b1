import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { editionOfSegment } from '@/components/views/resolveEdition'
import { SpeakerPage, speakerMetadata } from '@/components/views/SpeakerPage'
import { getSpeakerBySlug } from '@/lib/queries'

type ArchiveSpeakerProps = { params: Promise<{ segment: string; slug: string }> }

/*
 * Rendered per request. Each page's absolute links (canonical, BibTeX url) may name the address
 * the request came to (lib/siteUrl without PUBLIC_URL), which an on-demand prerender cannot read:
 * Next answers such a page with a 500. One paper or speaker is a cheap page to render.
 */
export const dynamic = 'force-dynamic'

async function load(params: ArchiveSpeakerProps['params']) {
  const { segment, slug } = await params
  const edition = await editionOfSegment(segment)
  const found = edition ? await getSpeakerBySlug(edition.id, slug) : null
  return edition && found ? { edition, ...found } : null
}

export async function generateMetadata({ params }: ArchiveSpeakerProps): Promise<Metadata> {
  const found = await load(params)
  return found ? speakerMetadata(found.edition, found.speaker) : {}
}

export default async function ArchiveSpeakerPage({ params }: ArchiveSpeakerProps) {
  const found = await load(params)
  if (!found) notFound()
  return <SpeakerPage {...found} />
}
