import { cache } from 'react'

import { AFFILIATION_POPULATE, type Selection, currentReader, inEditionForAddress } from '../content/reader'
import { listPublishedSlugs } from '../content/slugs'
import { payloadClient } from '../payload'
import { SESSION_FIELDS, SESSION_POPULATE } from '../sessions/queries'
import { type SessionView, reshapeSession } from '../sessions/reshape'
import {
  type OrganizerDoc,
  type OrganizerView,
  type SpeakerDoc,
  type SpeakerView,
  reshapeOrganizer,
  reshapeSpeaker,
} from './reshape'

const PERSON_FIELDS = {
  name: true,
  slug: true,
  position: true,
  affiliation: true,
  photo: true,
  homepage: true,
} as const

const SPEAKER_FIELDS = { ...PERSON_FIELDS, role: true, bio: true, meta: true } as const satisfies Selection<SpeakerDoc>
const ORGANIZER_FIELDS = { ...PERSON_FIELDS, role: true } as const satisfies Selection<OrganizerDoc>

export const getSpeakers = cache(async (editionId: string): Promise<SpeakerView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'speakers',
    where: { edition: { equals: editionId } },
    select: SPEAKER_FIELDS,
    populate: AFFILIATION_POPULATE,
    sort: ['order', 'name'],
    // speaker → affiliation, photo
    depth: 1,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapeSpeaker)
})

export const getOrganizers = cache(async (editionId: string): Promise<OrganizerView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'organizers',
    where: { edition: { equals: editionId } },
    select: ORGANIZER_FIELDS,
    populate: AFFILIATION_POPULATE,
    sort: ['order', 'name'],
    // organizer → affiliation → logo: the logo strip is derived from these when editors set no order
    depth: 2,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapeOrganizer)
})

export type SpeakerWithTalks = { speaker: SpeakerView; sessions: SessionView[] }

export const getSpeakerBySlug = cache(async (editionId: string, slug: string): Promise<SpeakerWithTalks | null> => {
  const payload = await payloadClient()
  const reader = await currentReader()
  const { docs } = await payload.find({
    collection: 'speakers',
    where: { and: [inEditionForAddress(editionId, reader), { slug: { equals: slug } }] },
    select: SPEAKER_FIELDS,
    populate: AFFILIATION_POPULATE,
    depth: 1,
    limit: 1,
    pagination: false,
    ...reader,
  })
  const doc = docs[0]
  if (!doc) return null
  const sessions = await payload.find({
    collection: 'sessions',
    where: { and: [{ edition: { equals: editionId } }, { speakers: { in: [doc.id] } }] },
    select: SESSION_FIELDS,
    populate: SESSION_POPULATE,
    sort: 'start',
    depth: 1,
    limit: 0,
    pagination: false,
    ...reader,
  })
  return { speaker: reshapeSpeaker(doc), sessions: sessions.docs.map(reshapeSession) }
})

export const listSpeakerSlugs = (editionId: string) => listPublishedSlugs('speakers', editionId)
