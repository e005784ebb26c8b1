'use client'

import type { ReactNode } from 'react'

import { useShownSelection } from './starStore'

type StarredOnlyProps = {
  year: number
  /** The children show when any of these sessions or papers is in the shown selection. */
  sessionIds: string[]
  paperIds: string[]
  children: ReactNode
}

/** My schedule's filter around server-rendered rows: nothing until the stars are known. */
export function StarredOnly({ year, sessionIds, paperIds, children }: StarredOnlyProps) {
  const shown = useShownSelection(year)
  if (!shown) return null
  const { sessions, papers } = shown.selection
  const starred = sessionIds.some((id) => sessions.includes(id)) || paperIds.some((id) => papers.includes(id))
  return starred ? children : null
}
