import type { Page, Site } from '../../payload-types'
import { type RichTextState, type SeoOverrides, reshapeSeo, text } from '../content/reshape'

export type PageDoc = Pick<Page, 'id' | 'slug' | 'title' | 'summary' | 'content' | 'updatedAt' | 'meta'>

export type PageView = {
  id: string
  slug: string
  title: string
  summary?: string
  content?: RichTextState
  updatedAt: string
  seo: SeoOverrides
}

export type SiteView = {
  siteName: string
  description: string
  navigation: { label: string; href: string }[]
  footer?: RichTextState
  social: { platform: string; url: string }[]
}

export function reshapePage(doc: PageDoc): PageView {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: text(doc.summary),
    content: doc.content ?? undefined,
    updatedAt: doc.updatedAt,
    seo: reshapeSeo(doc.meta),
  }
}

export function reshapeSite(doc: Site | null): SiteView {
  return {
    siteName: text(doc?.siteName) ?? 'SyntaGen',
    description: text(doc?.description) ?? 'Harnessing Generative Models for Synthetic Visual Datasets',
    navigation: (doc?.navigation ?? []).map(({ label, href }) => ({ label, href })),
    footer: doc?.footer ?? undefined,
    social: (doc?.social ?? []).map(({ platform, url }) => ({ platform, url })),
  }
}
