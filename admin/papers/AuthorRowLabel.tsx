'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** "3. Ada Lovelace (Analytical Engines Ltd)" instead of "Author 03". */
export function AuthorRowLabel() {
  const { data, rowNumber } = useRowLabel<{ name?: string | null; affiliation?: string | null }>()
  const position = typeof rowNumber === 'number' ? `${rowNumber + 1}. ` : ''
  const name = data?.name?.trim()
  if (!name) return <span>{`${position}New author`}</span>
  const affiliation = data?.affiliation?.trim()
  return <span>{`${position}${name}${affiliation ? ` (${affiliation})` : ''}`}</span>
}
