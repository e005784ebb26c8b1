'use client'
import { useEffect } from 'react'

import { editionFilterKey } from './editionFilter'

/** Notes which edition the list is filtered to, so "Create new" from it starts in that edition. */
export function RememberEditionFilter({ collectionSlug, editionId }: { collectionSlug: string; editionId: string | null }) {
  useEffect(() => {
    const key = editionFilterKey(collectionSlug)
    if (editionId) window.sessionStorage.setItem(key, editionId)
    else window.sessionStorage.removeItem(key)
  }, [collectionSlug, editionId])
  return null
}
