/**
 * Who a visitor-facing read runs as. Reads run as an anonymous visitor, so access control applies
 * and drafts never leak (the Local API would otherwise skip it); only an editor who entered draft
 * mode through /preview reads drafts, with their own access.
 */
import { draftMode, headers } from 'next/headers'
import type { Where } from 'payload'
import { cache } from 'react'

import type { User } from '../../payload-types'
import { payloadClient } from '../payload'
import { isStaff } from '../staff'

export type Reader = { overrideAccess: false; user: User | null; draft: boolean }

export const AS_VISITOR: Reader = { overrideAccess: false, user: null, draft: false }

/** Draft mode alone is not enough to see drafts: the request must also carry an editor's session (not an API key). */
export const currentReader = cache(async (): Promise<Reader> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return AS_VISITOR
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaff(user) ? { overrideAccess: false, user: user as User, draft: true } : AS_VISITOR
})

/** A `select` naming every field of a reshape input type, checked against that type. */
export type Selection<Doc> = Record<Exclude<keyof Doc, 'id'>, true>

/** Populated affiliations carry what a card or a logo needs; their logo is a media document. */
export const AFFILIATION_POPULATE = { affiliations: { name: true, shortName: true, country: true, url: true, logo: true } } as const

/**
 * Where a document of one edition is looked up by its address. An editor's preview also finds a
 * draft saved before its edition was picked (drafts skip validation, autosave saves early), so
 * live preview of a new speaker or paper shows it instead of "Page not found" (issue 7).
 */
export function inEditionForAddress(editionId: string, reader: Reader): Where {
  if (!reader.draft) return { edition: { equals: editionId } }
  return { or: [{ edition: { equals: editionId } }, { edition: { exists: false } }] }
}
