import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PaperPage, paperMetadata } from '@/components/views/PaperPage'
import { editionOfSegment } from '@/components/views/resolveEdition'
import { getPaperBySlug } from '@/lib/queries'

type ArchivePaperProps = { params: Promise<{ segment: string; slug: string }> }

/*
 * Rendered per request. Each page's absolute links (canonical, BibTeX url) may name the address
 * the request came to (lib/siteUrl without PUBLIC_URL), which an on-demand prerender cannot read:
 * Next answers such a page with a 500. One paper or speaker is a cheap page to render.
 */
export const dynamic = 'force-dynamic'

async function load(params: ArchivePaperProps['params']) {
  const { segment, slug } = await params
  const edition = await editionOfSegment(segment)
  const paper = edition ? await getPaperBySlug(edition.id, slug) : null
  return edition && paper ? { edition, paper } : null
}

export async function generateMetadata({ params }: ArchivePaperProps): Promise<Metadata> {
  const found = await load(params)
  return found ? paperMetadata(found.edition, found.paper) : {}
}

export default async function ArchivePaperPage({ params }: ArchivePaperProps) {
  const found = await load(params)
  if (!found) notFound()
  return <PaperPage edition={found.edition} paper={found.paper} />
}
