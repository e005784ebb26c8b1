'use client'

import { useEffect, useId, useRef, useState } from 'react'

import {
  AWARD_LABELS,
  type AwardFilter,
  type PaperFilter,
  PRESENTATION_LABELS,
  paperFilterQuery,
  paperListingHref,
} from '@/lib/papers/filter'
import type { PaperListing, PaperPresentation } from '@/lib/papers/reshape'
import { sitePaths } from '@/lib/sitePaths'

import { PaperCard } from './PaperCard'

type PaperSearchProps = {
  basePath: string
  /** The edition's year for the search endpoint; undefined for the current edition. */
  year?: number
  /** The edition's year, current or not: each edition keeps its own stars. */
  editionYear: number
  initialFilter: PaperFilter
  initialListing: PaperListing
}

// Long enough to skip most keystrokes of a word, short enough to feel instant.
const TYPING_PAUSE_MS = 120

/**
 * A real GET form with real page links: without JavaScript it submits ?q=&presentation=&award= to
 * /papers/search and the server answers with that page of results. With JavaScript, each change
 * asks the small search endpoint for the first page of results as the visitor types, and the
 * address follows (paperListingHref: the unfiltered listing's own prerendered pages, or the search).
 */
export function PaperSearch({ basePath, year, editionYear, initialFilter, initialListing }: PaperSearchProps) {
  const id = useId()
  const [filter, setFilter] = useState(initialFilter)
  const [listing, setListing] = useState(initialListing)
  const [loading, setLoading] = useState(false)
  const pending = useRef<AbortController | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  function search(next: PaperFilter, page: number) {
    clearTimeout(timer.current)
    timer.current = setTimeout(async () => {
      pending.current?.abort()
      const controller = new AbortController()
      pending.current = controller
      const query = paperFilterQuery(next, page)
      const endpoint = `${sitePaths.paperSearch()}?${[year ? `year=${year}` : '', query].filter(Boolean).join('&')}`
      setLoading(true)
      try {
        const response = await fetch(endpoint, { signal: controller.signal })
        if (!response.ok) throw new Error(`search answered ${response.status}`)
        setListing((await response.json()) as PaperListing)
        window.history.replaceState(null, '', paperListingHref(basePath, next, page))
      } catch (error) {
        // A newer search replaced this one; anything else leaves the last results in place.
        if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn(error)
      } finally {
        if (pending.current === controller) setLoading(false)
      }
    }, TYPING_PAUSE_MS)
  }

  function update(change: Partial<PaperFilter>) {
    const next = { ...filter, ...change }
    setFilter(next)
    search(next, 1)
  }

  const pageHref = (page: number) => paperListingHref(basePath, filter, page)
  const first = (listing.page - 1) * listing.perPage + 1

  return (
    <>
      <form className="paper-search" method="get" action={`${basePath}${sitePaths.papersSearch()}`} role="search" aria-label="Search papers">
        <div className="field">
          <label htmlFor={`${id}-q`}>Search titles, authors and abstracts</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={filter.q}
            onChange={(event) => update({ q: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-presentation`}>Presentation</label>
          <select
            id={`${id}-presentation`}
            name="presentation"
            value={filter.presentation}
            onChange={(event) => update({ presentation: event.target.value as '' | PaperPresentation })}
          >
            <option value="">All</option>
            {Object.entries(PRESENTATION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-award`}>Award</label>
          <select
            id={`${id}-award`}
            name="award"
            value={filter.award}
            onChange={(event) => update({ award: event.target.value as AwardFilter })}
          >
            <option value="">All papers</option>
            <option value="any">Any award</option>
            {Object.entries(AWARD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      <p role="status" className="paper-count" aria-busy={loading}>
        {listing.total === 0
          ? 'No papers match.'
          : `${listing.total} ${listing.total === 1 ? 'paper' : 'papers'}${
              listing.pages > 1 ? `, ${first}–${first + listing.papers.length - 1} shown` : ''
            }`}
      </p>
      <ul className="paper-list">
        {listing.papers.map((paper) => (
          <li key={paper.id}>
            <PaperCard paper={paper} basePath={basePath} headingLevel={2} starYear={editionYear} />
          </li>
        ))}
      </ul>
      {listing.pages > 1 ? (
        <nav className="pager" aria-label="Pages of papers">
          {listing.page > 1 ? (
            <a href={pageHref(listing.page - 1)} rel="prev">
              Previous
            </a>
          ) : null}
          <span>{`Page ${listing.page} of ${listing.pages}`}</span>
          {listing.page < listing.pages ? (
            <a href={pageHref(listing.page + 1)} rel="next">
              Next
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
