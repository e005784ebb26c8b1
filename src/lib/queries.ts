import type { Edition } from '../payload-types'
import { payloadClient } from './payload'

/**
 * Every visitor-facing read goes through here, as an anonymous visitor: access control applies,
 * so drafts never leak (the Local API would otherwise skip it).
 */
const AS_VISITOR = { overrideAccess: false, user: null } as const

export async function getCurrentEdition(): Promise<Edition | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'editions',
    where: { isCurrent: { equals: true } },
    limit: 1,
    depth: 1,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs[0] ?? null
}
