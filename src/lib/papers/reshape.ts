import type { Paper } from '../../payload-types'
import { type SeoOverrides, reshapeSeo, text } from '../content/reshape'

export type PaperDoc = Pick<
  Paper,
  | 'id'
  | 'slug'
  | 'title'
  | 'authors'
  | 'abstract'
  | 'presentation'
  | 'award'
  | 'track'
  | 'links'
  | 'openReviewId'
  | 'posterBoard'
  | 'session'
  | 'updatedAt'
  | 'meta'
>

export type PaperPresentation = Paper['presentation']
export type PaperAward = Paper['award']

export type PaperView = {
  id: string
  slug: string
  title: string
  authors: { name: string; affiliation?: string }[]
  abstract?: string
  presentation: PaperPresentation
  award: PaperAward
  track: Paper['track']
  links: Partial<Record<keyof NonNullable<Paper['links']>, string>>
  openReviewId?: string
  /** The board at the venue, e.g. "P-12" (papers/posterBoard.ts). */
  posterBoard?: string
  sessionId?: string
  updatedAt: string
  seo: SeoOverrides
}

export function reshapePaper(doc: PaperDoc): PaperView {
  const links: PaperView['links'] = {}
  for (const [name, url] of Object.entries(doc.links ?? {}) as [keyof PaperView['links'], string | null][]) {
    const href = text(url)
    if (href) links[name] = href
  }
  const session = doc.session
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    authors: doc.authors.map((author) => ({ name: author.name, affiliation: text(author.affiliation) })),
    abstract: text(doc.abstract),
    presentation: doc.presentation,
    award: doc.award,
    track: doc.track,
    links,
    openReviewId: text(doc.openReviewId),
    posterBoard: text(doc.posterBoard),
    sessionId: typeof session === 'object' ? session?.id : (session ?? undefined),
    updatedAt: doc.updatedAt,
    seo: reshapeSeo(doc.meta),
  }
}

/** What a paper's card in a list needs, and nothing more: a listing page stays small. */
export type PaperListDoc = Pick<Paper, 'id' | 'slug' | 'title' | 'authors' | 'presentation' | 'award' | 'posterBoard'>

export type PaperListItem = Pick<PaperView, 'id' | 'slug' | 'title' | 'presentation' | 'award' | 'posterBoard'> & {
  authors: { name: string }[]
}

export function reshapePaperListItem(doc: PaperListDoc): PaperListItem {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    authors: doc.authors.map((author) => ({ name: author.name })),
    presentation: doc.presentation,
    award: doc.award,
    posterBoard: text(doc.posterBoard),
  }
}

/** One page of an edition's papers that match a filter. */
export type PaperListing = {
  papers: PaperListItem[]
  /** Papers that match the filter, on every page. */
  total: number
  page: number
  pages: number
  perPage: number
}
