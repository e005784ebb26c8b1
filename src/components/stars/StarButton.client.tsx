'use client'

import { useState } from 'react'

import { type StarKind, MAX_SELECTION_ITEMS, isStarred } from '@/lib/mySchedule/selection'

import { toggleStarred, useStars } from './starStore'

type StarButtonProps = {
  /** The edition's year: each edition keeps its own stars. */
  year: number
  kind: StarKind
  id: string
  /** The session's or paper's title, for the accessible name. */
  title: string
}

/**
 * A toggle button: its name says what it stars and `aria-pressed` whether it is starred, as the
 * WAI-ARIA button pattern has it (the name stays put, so a screen reader announces "pressed").
 * Hidden until hydration: without JavaScript there is nowhere to keep the star.
 */
export function StarButton({ year, kind, id, title }: StarButtonProps) {
  const stars = useStars(year)
  const [full, setFull] = useState(false)
  const starred = stars ? isStarred(stars, kind, id) : false

  return (
    <span className="star">
      <button
        type="button"
        className="star-button"
        aria-pressed={starred}
        aria-label={`Star ${title}`}
        hidden={stars === null}
        onClick={() => setFull(!toggleStarred(year, kind, id))}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
          <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z" />
        </svg>
      </button>
      {full ? (
        <span role="alert" className="star-status">
          Your schedule is full ({MAX_SELECTION_ITEMS} items): unstar something first.
        </span>
      ) : null}
    </span>
  )
}
