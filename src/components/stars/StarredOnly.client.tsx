'use client'

import { type ReactNode, useState } from 'react'

import { useShownSelection } from './starStore'

type StarredOnlyProps = {
  year: number
  /** The children show when any of these sessions or papers is in the shown selection. */
  sessionIds: string[]
  paperIds: string[]
  children: ReactNode
}

/**
 * My schedule's filter around server-rendered rows: nothing until the stars are known. A row
 * unstarred here stays (its star shown unpressed) until the page is left: the button keeps focus
 * instead of vanishing from under it, and a slip is undone with one more press.
 */
export function StarredOnly({ year, sessionIds, paperIds, children }: StarredOnlyProps) {
  const shown = useShownSelection(year)
  const [kept, setKept] = useState(false)
  if (!shown) return null
  const { sessions, papers } = shown.selection
  const starred = sessionIds.some((id) => sessions.includes(id)) || paperIds.some((id) => papers.includes(id))
  // State derived while rendering, as React's docs show for "adjusting state when a prop changes".
  if (starred && !kept) setKept(true)
  return starred || kept ? children : null
}
