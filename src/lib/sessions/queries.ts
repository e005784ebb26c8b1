import { cache } from 'react'

import { type Selection, currentReader } from '../content/reader'
import { payloadClient } from '../payload'
import { type SessionDoc, type SessionView, reshapeSession } from './reshape'

export const SESSION_FIELDS = {
  title: true,
  kind: true,
  room: true,
  start: true,
  end: true,
  durationMinutes: true,
  speakers: true,
  papers: true,
  description: true,
  links: true,
} as const satisfies Selection<SessionDoc>

/** session → speakers, papers (names, slugs and poster boards only) */
export const SESSION_POPULATE = { speakers: { name: true, slug: true }, papers: { title: true, slug: true, posterBoard: true } } as const

export const getSchedule = cache(async (editionId: string): Promise<SessionView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { edition: { equals: editionId } },
    select: SESSION_FIELDS,
    populate: SESSION_POPULATE,
    sort: 'start',
    depth: 1,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapeSession)
})
