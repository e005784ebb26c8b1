import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { SITE_NAME } from '@/lib/metadata'
import { siteUrl } from '@/lib/siteUrl'

import '@/styles/site.css'

/*
 * The visitors' root layout (the admin has its own in (payload)). Pages are server-rendered and
 * cached; internal links are plain <a> on purpose: every page is static HTML, so next/link's
 * router code and its prefetch requests would only add bytes to the lean budget (issue 3).
 * Each page renders its own header and footer: both link to the page's own edition.
 */

/** Pages give canonical and OpenGraph paths; this base makes them absolute, for this request's address. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: 'SyntaGen: Harnessing Generative Models for Synthetic Visual Datasets, a CVPR workshop.',
    formatDetection: { telephone: false, address: false, email: false },
  }
}

export const viewport: Viewport = { themeColor: '#0b4f6c', width: 'device-width', initialScale: 1 }

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { isEnabled: isPreview } = await draftMode()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        {isPreview ? <PreviewBanner /> : null}
        {children}
      </body>
    </html>
  )
}
