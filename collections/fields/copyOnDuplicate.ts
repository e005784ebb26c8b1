import type { CollectionSlug, FieldHook, Where } from 'payload'

import { relationId } from './relationId'

/**
 * "Duplicate" must give a copy that can be published: its slug gets "-copy" (then "-copy-2", …)
 * until no other record of the same edition uses it.
 */
export const copySlug: FieldHook = async ({ value, data, req, collection }) => {
  if (typeof value !== 'string' || value === '' || !collection) return value
  const editionId = relationId((data as { edition?: unknown } | undefined)?.edition)
  const base = `${value.replace(/-copy(-\d+)?$/, '')}-copy`
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const sameSlug: Where[] = [{ slug: { equals: candidate } }]
    if (editionId) sameSlug.push({ edition: { equals: editionId } })
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as CollectionSlug,
      where: { and: sameSlug },
      req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return candidate
  }
}

/** An id that names one external record (an OpenReview forum) is not copied. */
export const clearOnDuplicate: FieldHook = () => null
