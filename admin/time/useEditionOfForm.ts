'use client'
import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { relationId } from '../../collections/fields/relationId'

/** What the time fields need to know about the edition a record belongs to. */
export type EditionFacts = { id: string; timeZone: string; date: string | null; year: number }

const editionFacts = new Map<string, Promise<EditionFacts | undefined>>()

function fetchEditionFacts(api: string, id: string): Promise<EditionFacts | undefined> {
  let pending = editionFacts.get(id)
  if (!pending) {
    const query = 'depth=0&draft=true&select[timeZone]=true&select[date]=true&select[year]=true'
    pending = fetch(`${api}/editions/${encodeURIComponent(id)}?${query}`, { credentials: 'include' })
      .then(async (response) => (response.ok ? ((await response.json()) as EditionFacts) : undefined))
      .catch(() => undefined)
    editionFacts.set(id, pending)
    // A failed look-up is asked again next time instead of being remembered.
    void pending.then((facts) => {
      if (!facts) editionFacts.delete(id)
    })
  }
  return pending
}

/**
 * The edition picked in the form being edited (its venue zone, workshop day and year), or
 * undefined while none is picked or it is still loading. Follows the edition field as it changes.
 */
export function useEditionOfForm(): EditionFacts | undefined {
  const { config } = useConfig()
  const editionId = useFormFields(([fields]) => relationId(fields.edition?.value))
  const [facts, setFacts] = useState<EditionFacts | undefined>(undefined)

  useEffect(() => {
    if (!editionId) {
      setFacts(undefined)
      return
    }
    let cancelled = false
    void fetchEditionFacts(`${config.serverURL}${config.routes.api}`, editionId).then((found) => {
      if (!cancelled) setFacts(found)
    })
    return () => {
      cancelled = true
    }
  }, [config.routes.api, config.serverURL, editionId])

  return facts && facts.id === editionId ? facts : undefined
}
