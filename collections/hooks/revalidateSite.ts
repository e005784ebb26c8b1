import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { revalidatePath } from 'next/cache'

import { bumpSharedGeneration } from '../../src/lib/api/sharedCache'
import { bumpSiteGeneration } from '../../src/lib/siteGeneration'
import { revalidateOutsideRequest } from './revalidateOutsideRequest'

/**
 * Every visitor page is built from a handful of collections, so a published change refreshes the
 * whole site (one layout-level invalidation is cheaper than tracking which page shows what).
 * Seeding and imports set `context.disableRevalidate`: they run outside Next, where there is no cache.
 */
async function refresh(req: PayloadRequest): Promise<void> {
  if (req.context.disableRevalidate) return
  await refreshWholeSite(req)
}

/** The one refresh a bulk write (an import) makes at its end, after its rows each skipped theirs. */
export async function refreshWholeSite(req: PayloadRequest): Promise<void> {
  // A scheduled publish runs on the jobs queue (the Local API), outside any request: there
  // revalidatePath throws or does nothing, depending on which copy of Next's modules runs it, so
  // the invalidation goes to Next's cache directly.
  let inRequest = req.payloadAPI !== 'local'
  if (inRequest) {
    try {
      revalidatePath('/', 'layout')
    } catch {
      inRequest = false
    }
  }
  if (inRequest) bumpSiteGeneration()
  else revalidateOutsideRequest(bumpSiteGeneration)
  // Other instances (REDIS_URL) learn of the publish through the shared generation; a publish
  // still succeeds when Redis is down, and says so in the log.
  await bumpSharedGeneration().catch((error: unknown) =>
    req.payload.logger.error({ err: error }, 'redis: this publish could not invalidate the shared API cache'),
  )
}

type WithStatus = { id?: string; _status?: string | null }

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const status = (doc as WithStatus)._status
  const previousStatus = (previousDoc as WithStatus | undefined)?._status
  // A draft save (autosave included) changes nothing a visitor sees...
  if (status === 'draft' && previousStatus !== 'published') return doc
  if (status === 'draft' && !(await wasUnpublished(collection.slug as CollectionSlug, doc as WithStatus, req))) return doc
  // ...unless it unpublishes a published document.
  await refresh(req)
  return doc
}

/**
 * A draft saved over a published document leaves the published row as it was; an unpublish turns
 * that row into a draft. Only the stored row tells the two apart.
 */
async function wasUnpublished(collection: CollectionSlug, doc: WithStatus, req: Parameters<CollectionAfterChangeHook>[0]['req']) {
  if (!doc.id) return false
  const stored = await req.payload.db.findOne<{ id: string; _status?: string | null }>({ collection, where: { id: { equals: doc.id } }, req })
  return stored?._status === 'draft'
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refresh(req)
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await refresh(req)
  return doc
}

export const revalidateSite = { afterChange, afterDelete, afterGlobalChange }
