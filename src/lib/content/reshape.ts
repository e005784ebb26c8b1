/**
 * The site never hands raw Payload documents to a component: each entity's reshape module turns
 * them into the small, fully-resolved shapes the pages render. These are the pieces they share.
 * A relation that access control left unpopulated (an id instead of a document, e.g. a draft
 * affiliation) is dropped here, once.
 */
import type { Affiliation, Edition, Media } from '../../payload-types'

export type RichTextState = NonNullable<Edition['about']>

/** An upload ready for next/image: explicit dimensions, so there is no layout shift. */
export type Picture = { src: string; width: number; height: number; alt: string }

/** plugin-seo's `meta` group: each field, when set, overrides what the page would say itself. */
export type SeoOverrides = { title?: string; description?: string; image?: Picture }

export type AffiliationView = {
  id: string
  name: string
  shortName?: string
  /** "Vietnam": shown after the name where the workshop's page shows it (organizers' cards). */
  country?: string
  url?: string
  logo?: Picture
}

/** Nullable CMS text → optional string: empty and whitespace-only text count as absent. */
export function text(value: string | null | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined
}

export function populated<T extends { id: string }>(value: string | T | null | undefined): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

export function populatedList<T extends { id: string }>(values: (string | T)[] | null | undefined): T[] {
  return (values ?? []).flatMap((value) => (typeof value === 'object' ? [value] : []))
}

type ImageSizeName = keyof NonNullable<Media['sizes']>

/**
 * A named size when Payload made one (it never enlarges, so a small original has none), else the
 * original. Every size keeps its own width and height.
 */
export function reshapePicture(media: string | Media | null | undefined, size?: ImageSizeName): Picture | undefined {
  const doc = populated(media)
  if (!doc || !doc.mimeType?.startsWith('image/')) return undefined
  const variant = size ? doc.sizes?.[size] : undefined
  if (variant?.url && variant.width && variant.height) {
    return { src: variant.url, width: variant.width, height: variant.height, alt: doc.alt }
  }
  if (!doc.url || !doc.width || !doc.height) return undefined
  return { src: doc.url, width: doc.width, height: doc.height, alt: doc.alt }
}

export function reshapeSeo(meta: Edition['meta'] | undefined): SeoOverrides {
  return {
    title: text(meta?.title),
    description: text(meta?.description),
    image: reshapePicture(meta?.image, 'og'),
  }
}

export function reshapeAffiliation(affiliation: string | Affiliation | null | undefined): AffiliationView | undefined {
  const doc = populated(affiliation)
  if (!doc) return undefined
  return {
    id: doc.id,
    name: doc.name,
    shortName: text(doc.shortName),
    country: text(doc.country),
    url: text(doc.url),
    logo: reshapePicture(doc.logo, 'card'),
  }
}

export function reshapeAffiliations(values: (string | Affiliation)[] | null | undefined): AffiliationView[] {
  return populatedList(values).flatMap((value) => {
    const view = reshapeAffiliation(value)
    return view ? [view] : []
  })
}
