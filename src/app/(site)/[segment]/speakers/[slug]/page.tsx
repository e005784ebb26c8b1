import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { editionOfSegment } from '@/components/views/resolveEdition'
import { SpeakerPage, speakerMetadata } from '@/components/views/SpeakerPage'
import { getSpeakerBySlug, listEditionIdsForBuild, listSpeakerSlugs } from '@/lib/queries'

type ArchiveSpeakerProps = { params: Promise<{ segment: string; slug: string }> }

export const dynamicParams = true

export async function generateStaticParams(): Promise<{ segment: string; slug: string }[]> {
  const editions = await listEditionIdsForBuild()
  const perEdition = await Promise.all(
    editions.map(async (edition) =>
      (await listSpeakerSlugs(edition.id)).map((slug) => ({ segment: String(edition.year), slug })),
    ),
  )
  return perEdition.flat()
}

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
