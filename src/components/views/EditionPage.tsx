import type { Metadata } from 'next'

import { eventJsonLd } from '@/lib/citation'
import { editionDescription, pageMetadata } from '@/lib/metadata'
import { getOrganizers, getSchedule } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { siteUrl } from '@/lib/siteUrl'

import { EditionSections } from '../edition/EditionSections'
import { JsonLd } from '../JsonLd'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

/** The home page (current edition) and every /<year> archive. */
export async function EditionPage({ edition }: { edition: EditionView }) {
  const [sessions, organizers] = await Promise.all([getSchedule(edition.id), getOrganizers(edition.id)])
  const event = eventJsonLd(
    {
      ...edition,
      organizers: organizers
        .filter((person) => person.role === 'organizer')
        .map((person) => ({ name: person.name, url: person.homepage })),
    },
    sessions,
    await siteUrl(),
  )
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1}>
        <EditionSections edition={edition} />
      </main>
      <SiteFooter edition={edition} />
      <JsonLd data={event} />
    </>
  )
}

export function editionMetadata(edition: EditionView): Metadata {
  return pageMetadata({
    title: edition.name,
    description: editionDescription(edition),
    path: edition.basePath || '/',
    seo: edition.seo,
  })
}
