import type { Payload } from 'payload'
import { cache } from 'react'

export type EditionSummary = { name: string; timeZone: string }

/** Every edition's name and venue zone, looked up once per list render and shared by its rows. */
export const editionsForList = cache(async (payload: Payload): Promise<Map<string, EditionSummary>> => {
  const { docs } = await payload.find({
    collection: 'editions',
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    // Lists are only rendered for a signed-in editor, who may see every edition, drafts included.
    overrideAccess: true,
    select: { name: true, year: true, timeZone: true },
  })
  return new Map(docs.map((edition) => [edition.id, { name: edition.name || String(edition.year), timeZone: edition.timeZone }]))
})
