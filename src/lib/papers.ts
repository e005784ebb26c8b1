/**
 * The papers' vocabulary (presentation and award labels), their listing order, and the filter the
 * papers page applies. The filter runs on the server (query parameters, for visitors without
 * JavaScript) and in the browser (instant search): one function, so both always agree.
 */
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

/** The query string of a filter, without empty fields: "q=diffusion&award=any". */
export function paperFilterQuery(filter: PaperFilter): string {
  const params = new URLSearchParams()
  if (filter.q) params.set('q', filter.q)
  if (filter.presentation) params.set('presentation', filter.presentation)
  if (filter.award) params.set('award', filter.award)
  return params.toString()
}

/** Lower case without accents, so "Nguyen" finds "Nguyễn". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
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

/** Awards first, then orals, spotlights and posters, each by title. */
export function byProminence<T extends SearchablePaper>(papers: T[]): T[] {
  return [...papers].sort(
    (a, b) =>
      AWARD_ORDER[a.award] - AWARD_ORDER[b.award] ||
      PRESENTATION_ORDER[a.presentation] - PRESENTATION_ORDER[b.presentation] ||
      a.title.localeCompare(b.title, 'en'),
  )
}
