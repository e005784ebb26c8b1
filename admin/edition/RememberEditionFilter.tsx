'use client'
import { useEffect } from 'react'

import { EDITION_FILTER_COOKIE_PATH, editionFilterCookieName } from '../../collections/fields/editionFilterCookie'

/**
 * Notes which edition the list is filtered to, so "Create new" from it starts in that edition (the
 * edition field's default reads it, collections/fields/edition.ts). A session cookie: it ends with
 * the browser session, and a list shown for all editions forgets it.
 */
export function RememberEditionFilter({ collectionSlug, editionId }: { collectionSlug: string; editionId: string | null }) {
  useEffect(() => {
    const name = editionFilterCookieName(collectionSlug)
    const scope = `; path=${EDITION_FILTER_COOKIE_PATH}; samesite=lax`
    document.cookie = editionId ? `${name}=${encodeURIComponent(editionId)}${scope}` : `${name}=${scope}; max-age=0`
  }, [collectionSlug, editionId])
  return null
}
