'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** "2. Team Aurora (VinAI Research)" instead of "Result 01". */
export function ChallengeResultRowLabel() {
  const { data } = useRowLabel<{ place?: number | null; team?: string | null; affiliation?: string | null }>()
  const team = data?.team?.trim()
  const place = typeof data?.place === 'number' ? `${data.place}. ` : ''
  if (!team) return <span>{`${place}New result`}</span>
  const affiliation = data?.affiliation?.trim()
  return <span>{`${place}${team}${affiliation ? ` (${affiliation})` : ''}`}</span>
}
