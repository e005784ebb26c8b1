/**
 * One shape of page metadata for the whole site: title, description, canonical URL, OpenGraph and
 * Twitter cards with an image. plugin-seo's `meta` fields, when editors set them, win.
 * Next merges metadata shallowly (a page's openGraph replaces the layout's), so each page gets
 * the complete set from here.
 */
import type { Metadata } from 'next'

import type { Picture, SeoOverrides } from './reshape'

export const SITE_NAME = 'SyntaGen'

/** public/og-default.png: the workshop's name on a plain card, for pages without their own image. */
const DEFAULT_OG_IMAGE: Picture = {
  src: '/og-default.png',
  width: 1200,
  height: 630,
  alt: 'SyntaGen: Harnessing Generative Models for Synthetic Visual Datasets',
}

type PageMetadataInput = {
  title: string
  description: string
  /** The canonical path, e.g. "/papers/foo"; archives of the current edition point at its twin. */
  path: string
  seo?: SeoOverrides
  image?: Picture
  type?: 'website' | 'article'
}

export function pageMetadata({ title, description, path, seo, image, type = 'website' }: PageMetadataInput): Metadata {
  // plugin-seo's generated titles already end in "· SyntaGen": used as they are.
  const fullTitle = seo?.title ?? `${title} · ${SITE_NAME}`
  const summary = seo?.description ?? description
  const picture = seo?.image ?? image ?? DEFAULT_OG_IMAGE
  const images = [{ url: picture.src, width: picture.width, height: picture.height, alt: picture.alt }]
  return {
    title: { absolute: fullTitle },
    description: summary,
    alternates: { canonical: path },
    openGraph: { title: fullTitle, description: summary, url: path, siteName: SITE_NAME, type, images },
    twitter: { card: 'summary_large_image', title: fullTitle, description: summary, images },
  }
}

/** "Nashville, TN, Music City Center, CVPR 2025": a description for an edition's pages. */
export function editionDescription(edition: {
  name: string
  tagline?: string
  conference: string
  year: number
  city?: string
}): string {
  const where = edition.city ? ` in ${edition.city}` : ''
  const tagline = edition.tagline ? `${edition.tagline}: ` : ''
  return `${tagline}${edition.name}, a workshop at ${edition.conference} ${edition.year}${where}.`
}
