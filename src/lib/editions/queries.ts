import type { Where } from 'payload'
import { cache } from 'react'

import { AFFILIATION_POPULATE, AS_VISITOR, type Selection, currentReader } from '../content/reader'
import { getImportantDates } from '../importantDates/queries'
import type { ImportantDateView } from '../importantDates/reshape'
import { getHomePapers } from '../papers/queries'
import type { PaperListItem } from '../papers/reshape'
import { payloadClient } from '../payload'
import { getOrganizers, getSpeakers } from '../people/queries'
import type { OrganizerView, SpeakerView } from '../people/reshape'
import { getSchedule } from '../sessions/queries'
import type { SessionView } from '../sessions/reshape'
import { type EditionCounts, type OutlinedSection, editionOutline, editionStage } from './outline'
import { type EditionDoc, type EditionLink, type EditionView, editionPath, reshapeEdition, reshapeEditionLink } from './reshape'

const EDITION_FIELDS = {
  name: true,
  year: true,
  tagline: true,
  conference: true,
  city: true,
  venue: true,
  room: true,
  date: true,
  timeZone: true,
  isCurrent: true,
  about: true,
  callForPapers: true,
  sponsors: true,
  organizerAffiliations: true,
  navigation: true,
  challenge: true,
  meta: true,
} as const satisfies Selection<EditionDoc>

async function findEdition(where: { id: { equals: string } } | { year: { equals: number } }) {
  const reader = await currentReader()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'editions',
    where,
    select: EDITION_FIELDS,
    populate: AFFILIATION_POPULATE,
    // edition → sponsors/organizerAffiliations (affiliations) → logo (media)
    depth: 2,
    limit: 1,
    pagination: false,
    ...reader,
  })
  const doc = docs[0]
  return doc ? reshapeEdition(doc) : null
}

/**
 * Which edition is current is decided by the published editions only, also in draft mode: a draft
 * with "Is Current" ticked changes nothing until it is published (issue 7).
 */
const getCurrentEditionId = cache(async (): Promise<string | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'editions',
    where: { isCurrent: { equals: true } },
    select: { year: true },
    depth: 0,
    limit: 1,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs[0]?.id ?? null
})

/** In draft mode an edition's draft content is read, but whether it is current stays the published answer. */
async function withPublishedCurrency(edition: EditionView | null): Promise<EditionView | null> {
  if (!edition) return null
  const isCurrent = edition.id === (await getCurrentEditionId())
  return { ...edition, isCurrent, basePath: editionPath({ year: edition.year, isCurrent }) }
}

export const getCurrentEdition = cache(async (): Promise<EditionView | null> => {
  const id = await getCurrentEditionId()
  return id ? withPublishedCurrency(await findEdition({ id: { equals: id } })) : null
})

export const getEditionByYear = cache(
  async (year: number): Promise<EditionView | null> => withPublishedCurrency(await findEdition({ year: { equals: year } })),
)

/** Published editions, newest first: the header's switcher and the archive's static params. */
export const listEditions = cache(async (): Promise<EditionLink[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'editions',
    select: { name: true, year: true, isCurrent: true },
    sort: '-year',
    depth: 0,
    limit: 0,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs.map(reshapeEditionLink)
})

/** generateStaticParams runs without a request, so it reads editions as a visitor directly. */
export async function listEditionIdsForBuild(): Promise<{ id: string; year: number; isCurrent: boolean }[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'editions',
    select: { year: true, isCurrent: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs.map((doc) => ({ id: doc.id, year: doc.year, isCurrent: Boolean(doc.isCurrent) }))
}

export type EditionContent = {
  speakers: SpeakerView[]
  sessions: SessionView[]
  /** Every paper of a small edition; a large one's orals and award papers (papers/queries.ts). */
  papers: PaperListItem[]
  paperCount: number
  papersAreHighlights: boolean
  importantDates: ImportantDateView[]
  organizers: OrganizerView[]
}

/** Everything the home page and an edition's archive show, read in parallel. */
export async function getHomeContent(editionId: string): Promise<EditionContent> {
  const [speakers, sessions, papers, importantDates, organizers] = await Promise.all([
    getSpeakers(editionId),
    getSchedule(editionId),
    getHomePapers(editionId),
    getImportantDates(editionId),
    getOrganizers(editionId),
  ])
  return {
    speakers,
    sessions,
    papers: papers.papers,
    paperCount: papers.total,
    papersAreHighlights: papers.highlightsOnly,
    importantDates,
    organizers,
  }
}

type CountedCollection = 'speakers' | 'sessions' | 'papers' | 'important-dates' | 'organizers'

/**
 * How many documents of an edition a reader sees. `find` with one row rather than `count`: it
 * takes the reader's draft mode like every other read here.
 */
async function countInEdition(
  collection: CountedCollection,
  editionId: string,
  extra?: Record<string, { equals: string } | { in: string[] } | { exists: boolean }>,
): Promise<number> {
  const payload = await payloadClient()
  const where: Where = {
    and: [
      { edition: { equals: editionId } },
      ...Object.entries(extra ?? {}).map(([field, rule]) => ({
        [field]: rule,
      })),
    ],
  }
  const { totalDocs } = await payload.find({
    collection,
    where,
    select: {},
    depth: 0,
    limit: 1,
    ...(await currentReader()),
  })
  return totalDocs
}

/**
 * The sections an edition's page has, for the page and for the header of every page of that
 * edition. Counts only: a page of 10,000 papers does not read them all to draw its header.
 */
export const getEditionOutline = cache(async (edition: EditionView): Promise<OutlinedSection[]> => {
  const [speakers, sessions, papers, importantDates, organizers, volunteers, organizersWithAffiliation] =
    await Promise.all([
      countInEdition('speakers', edition.id),
      countInEdition('sessions', edition.id),
      countInEdition('papers', edition.id),
      countInEdition('important-dates', edition.id),
      countInEdition('organizers', edition.id, {
        role: { in: ['organizer', 'advisor'] },
      }),
      countInEdition('organizers', edition.id, {
        role: { equals: 'volunteer' },
      }),
      countInEdition('organizers', edition.id, {
        role: { equals: 'organizer' },
        affiliation: { exists: true },
      }),
    ])
  const { text, topics, submissionUrl, contactEmail } = edition.callForPapers
  const counts: EditionCounts = {
    speakers,
    sessions,
    papers,
    importantDates,
    organizers,
    volunteers,
    affiliations: edition.organizerAffiliations.length || organizersWithAffiliation,
    sponsors: edition.sponsors.length,
    callForPapers: Boolean(text || topics.length > 0 || submissionUrl || contactEmail),
    challenge: edition.challenge !== undefined,
  }
  return editionOutline(editionStage(edition), counts)
})
