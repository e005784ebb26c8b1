'use client'

import { type ReactNode, useId, useState } from 'react'

import {
  AWARD_LABELS,
  type AwardFilter,
  type PaperFilter,
  PRESENTATION_LABELS,
  type SearchablePaper,
  matchesPaperFilter,
  paperFilterQuery,
} from '@/lib/papers'
import type { PaperPresentation } from '@/lib/reshape'

type PaperSearchProps = {
  /** The page the form submits to when JavaScript is off: the server filters the same way. */
  action: string
  initialFilter: PaperFilter
  /** Each paper with its card, rendered on the server. */
  entries: { id: string; paper: SearchablePaper; card: ReactNode }[]
}

/**
 * A real GET form: without JavaScript it submits ?q=&presentation=&award= and the server hides
 * what does not match; with JavaScript every keystroke filters in place and the address follows.
 */
export function PaperSearch({ action, initialFilter, entries }: PaperSearchProps) {
  const id = useId()
  const [filter, setFilter] = useState(initialFilter)
  const shown = entries.filter((entry) => matchesPaperFilter(entry.paper, filter))
  const visible = new Set(shown.map((entry) => entry.id))

  function update(change: Partial<PaperFilter>) {
    const next = { ...filter, ...change }
    setFilter(next)
    const query = paperFilterQuery(next)
    window.history.replaceState(null, '', query ? `${action}?${query}` : action)
  }

  return (
    <>
      <form
        className="paper-search"
        method="get"
        action={action}
        role="search"
        aria-label="Filter papers"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor={`${id}-q`}>Search titles and authors</label>
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
        <button type="submit">Filter</button>
      </form>
      <p role="status" className="paper-count">
        {shown.length === entries.length
          ? `${entries.length} ${entries.length === 1 ? 'paper' : 'papers'}`
          : `${shown.length} of ${entries.length} papers match`}
      </p>
      <ul className="paper-list">
        {entries.map((entry) => (
          <li key={entry.id} hidden={!visible.has(entry.id)}>
            {entry.card}
          </li>
        ))}
      </ul>
    </>
  )
}
