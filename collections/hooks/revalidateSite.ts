import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { revalidatePath } from 'next/cache'

import { bumpSiteGeneration } from '../../src/lib/siteGeneration'

/**
 * Every visitor page is built from a handful of collections, so a published change refreshes the
 * whole site (one layout-level invalidation is cheaper than tracking which page shows what).
 * Seeding and imports set `context.disableRevalidate`: they run outside Next, where there is no cache.
 */
function refresh(context: Record<string, unknown>): void {
  if (context.disableRevalidate) return
  revalidatePath('/', 'layout')
  bumpSiteGeneration()
}

const afterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  const status = (doc as { _status?: string })._status
  const previousStatus = (previousDoc as { _status?: string } | undefined)?._status
  // A draft save changes nothing a visitor sees, unless it unpublishes a published document.
  if (status === 'draft' && previousStatus !== 'published') return doc
  refresh(req.context)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  refresh(req.context)
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  refresh(req.context)
  return doc
}

export const revalidateSite = { afterChange, afterDelete, afterGlobalChange }
