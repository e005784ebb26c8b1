import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PaperPage, paperMetadata } from '@/components/views/PaperPage'
import { findPaper } from '@/components/views/resolveEdition'

type PaperProps = { params: Promise<{ slug: string }> }

/*
 * Rendered per request. Each page's absolute links (canonical, BibTeX url) may name the address
 * the request came to (lib/siteUrl without PUBLIC_URL), which an on-demand prerender cannot read:
 * Next answers such a page with a 500. One paper or speaker is a cheap page to render.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: PaperProps): Promise<Metadata> {
  const found = await findPaper((await params).slug)
  return found ? paperMetadata(found.edition, found.paper) : {}
}

export default async function CurrentPaperPage({ params }: PaperProps) {
  const found = await findPaper((await params).slug)
  if (!found) notFound()
  return <PaperPage edition={found.edition} paper={found.paper} />
}
