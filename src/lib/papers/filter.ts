/**
 * The papers' vocabulary (presentation and award labels), their listing order, and the filter the
 * papers page applies. The filter runs on the server (query parameters, for visitors without
 * JavaScript) and in the browser (instant search): one function, so both always agree.
 */
import { sitePaths } from '../sitePaths'
import type { PaperAward, PaperPresentation } from './reshape'

export const PRESENTATION_LABELS: Record<PaperPresentation, string> = {
  oral: 'Oral',
  spotlight: 'Spotlight',
  poster: 'Poster',
}

export const AWARD_LABELS: Record<Exclude<PaperAward, 'none'>, string> = {
  'best-paper': 'Best paper',
  'runner-up': 'Best paper runner-up',
}

export type AwardFilter = '' | 'any' | Exclude<PaperAward, 'none'>

export type PaperFilter = { q: string; presentation: '' | PaperPresentation; award: AwardFilter }

export const NO_FILTER: PaperFilter = { q: '', presentation: '', award: '' }

/** What the filter looks at: a paper's title, its authors' names, and its two categories. */
export type SearchablePaper = {
  title: string
  authors: { name: string }[]
  presentation: PaperPresentation
  award: PaperAward
}

type SearchParams = Record<string, string | string[] | undefined>

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}

function isPresentation(value: string): value is PaperPresentation {
  return value in PRESENTATION_LABELS
}

function isAwardFilter(value: string): value is AwardFilter {
  return value === 'any' || value in AWARD_LABELS
}

/** `?q=&presentation=&award=` → a filter; unknown values mean "no filter" rather than an error. */
export function parsePaperFilter(params: SearchParams): PaperFilter {
  const presentation = single(params.presentation)
  const award = single(params.award)
  return {
    q: single(params.q).slice(0, 200),
    presentation: isPresentation(presentation) ? presentation : '',
    award: isAwardFilter(award) ? award : '',
  }
}

/** `?page=3` → 3; a missing, malformed or out-of-range page is the first. */
export function parsePageNumber(value: string | string[] | undefined): number {
  const page = Number(single(value))
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1
}

/** The query string of a filter, without empty fields: "q=diffusion&award=any". */
export function paperFilterQuery(filter: PaperFilter, page = 1): string {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  if (filter.presentation) params.set('presentation', filter.presentation)
  if (filter.award) params.set('award', filter.award)
  if (page > 1) params.set('page', String(page))
  return params.toString()
}

export function isUnfiltered(filter: PaperFilter): boolean {
  return !filter.q && !filter.presentation && !filter.award
}

/**
 * Where a page of the listing lives. Unfiltered pages have paths of their own (/papers,
 * /papers/page/2), prerendered and cached; a filter is a query string on /papers/search, rendered
 * per request.
 */
export function paperListingHref(basePath: string, filter: PaperFilter, page = 1): string {
  if (isUnfiltered(filter)) return `${basePath}${sitePaths.papersPage(page)}`
  return `${basePath}${sitePaths.papersSearch()}?${paperFilterQuery(filter, page)}`
}

/** Lower case without accents, so "Nguyen" finds "Nguyễn". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** Every word of the query must appear in the title or an author's name. */
export function matchesPaperFilter(paper: SearchablePaper, filter: PaperFilter): boolean {
  if (filter.presentation && paper.presentation !== filter.presentation) return false
  if (filter.award === 'any' && paper.award === 'none') return false
  if (filter.award && filter.award !== 'any' && paper.award !== filter.award) return false
  const words = fold(filter.q).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = fold([paper.title, ...paper.authors.map((author) => author.name)].join(' '))
  return words.every((word) => haystack.includes(word))
}

const PRESENTATION_ORDER: Record<PaperPresentation, number> = { oral: 0, spotlight: 1, poster: 2 }
const AWARD_ORDER: Record<PaperAward, number> = { 'best-paper': 0, 'runner-up': 1, none: 2 }

/** The query's words, folded: each must appear in a paper's search text. */
export function searchWords(q: string): string[] {
  return fold(q).split(/\s+/).filter(Boolean)
}

/**
 * What the database searches (stored on each paper by its collection's hook): title, authors and
 * abstract, folded, so a query is a few `contains` on one column.
 */
export function paperSearchText(paper: {
  title?: string | null
  authors?: { name?: string | null; affiliation?: string | null }[] | null
  abstract?: string | null
}): string {
  const authors = (paper.authors ?? []).flatMap((author) => [author.name ?? '', author.affiliation ?? ''])
  return fold([paper.title ?? '', ...authors, paper.abstract ?? ''].join(' ').replace(/\s+/g, ' ').trim())
}

/** Awards first, then orals, spotlights and posters: the listing's order as one number (0–8). */
export function paperListRank(paper: { award?: PaperAward | null; presentation?: PaperPresentation | null }): number {
  return AWARD_ORDER[paper.award ?? 'none'] * 3 + PRESENTATION_ORDER[paper.presentation ?? 'poster']
}

/** Awards first, then orals, spotlights and posters, each by title. */
export function byProminence<T extends SearchablePaper>(papers: T[]): T[] {
  return [...papers].sort(
    (a, b) =>
      AWARD_ORDER[a.award] - AWARD_ORDER[b.award] ||
      PRESENTATION_ORDER[a.presentation] - PRESENTATION_ORDER[b.presentation] ||
      a.title.localeCompare(b.title, 'en'),
  )
}
