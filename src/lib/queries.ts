/**
 * Every visitor-facing read goes through here. Reads run as an anonymous visitor, so access
 * control applies and drafts never leak (the Local API would otherwise skip it); only an editor
 * who entered draft mode through /preview reads drafts, with their own access.
 *
 * Each query states its depth, limit and selection; results leave this module reshaped
 * (lib/reshape.ts), never as raw documents. `cache` dedupes a query between generateMetadata
 * and the page within one render.
 */
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import type { User } from '../payload-types'
import { payloadClient } from './payload'
import {
  type EditionDoc,
  type EditionLink,
  type EditionView,
  type ImportantDateDoc,
  type ImportantDateView,
  type OrganizerDoc,
  type OrganizerView,
  type PageDoc,
  type PageView,
  type PaperDoc,
  type PaperView,
  type SessionDoc,
  type SessionView,
  type SiteView,
  type SpeakerDoc,
  type SpeakerView,
  reshapeEdition,
  reshapeEditionLink,
  reshapeImportantDate,
  reshapeOrganizer,
  reshapePage,
  reshapePaper,
  reshapeSession,
  reshapeSite,
  reshapeSpeaker,
} from './reshape'

type Reader = { overrideAccess: false; user: User | null; draft: boolean }

const AS_VISITOR: Reader = { overrideAccess: false, user: null, draft: false }

/** Draft mode alone is not enough to see drafts: the request must also carry an editor's session. */
const currentReader = cache(async (): Promise<Reader> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return AS_VISITOR
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { overrideAccess: false, user: user as User, draft: true } : AS_VISITOR
})

type Selection<Doc> = Record<Exclude<keyof Doc, 'id'>, true>

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
  meta: true,
} as const satisfies Selection<EditionDoc>

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

const SESSION_FIELDS = {
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

const PAPER_FIELDS = {
  slug: true,
  title: true,
  authors: true,
  abstract: true,
  presentation: true,
  award: true,
  track: true,
  links: true,
  openReviewId: true,
  session: true,
  updatedAt: true,
  meta: true,
} as const satisfies Selection<PaperDoc>

const IMPORTANT_DATE_FIELDS = {
  label: true,
  due: true,
  previousDue: true,
  readAs: true,
  timeZone: true,
  kind: true,
  showTime: true,
  note: true,
} as const satisfies Selection<ImportantDateDoc>

const PAGE_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  content: true,
  updatedAt: true,
  meta: true,
} as const satisfies Selection<PageDoc>

/** Populated affiliations carry what a card or a logo needs; their logo is a media document. */
const AFFILIATION_POPULATE = { affiliations: { name: true, shortName: true, url: true, logo: true } } as const

async function findEdition(where: { isCurrent: { equals: true } } | { year: { equals: number } }) {
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

export const getCurrentEdition = cache(
  async (): Promise<EditionView | null> => findEdition({ isCurrent: { equals: true } }),
)

export const getEditionByYear = cache(
  async (year: number): Promise<EditionView | null> => findEdition({ year: { equals: year } }),
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

export const getSchedule = cache(async (editionId: string): Promise<SessionView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { edition: { equals: editionId } },
    select: SESSION_FIELDS,
    populate: { speakers: { name: true, slug: true }, papers: { title: true, slug: true } },
    sort: 'start',
    // session → speakers, papers (names and slugs only)
    depth: 1,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapeSession)
})

/**
 * All papers of an edition, by title. Filtering is not done here: the papers page renders every
 * paper so its search can filter instantly in the browser (lib/paperFilter.ts decides both sides).
 */
export const getPapers = cache(async (editionId: string): Promise<PaperView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'papers',
    where: { edition: { equals: editionId } },
    select: PAPER_FIELDS,
    sort: 'title',
    depth: 0,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapePaper)
})

export const getImportantDates = cache(async (editionId: string): Promise<ImportantDateView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'important-dates',
    where: { edition: { equals: editionId } },
    select: IMPORTANT_DATE_FIELDS,
    sort: ['order', 'due'],
    depth: 0,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapeImportantDate)
})

export type EditionContent = {
  speakers: SpeakerView[]
  sessions: SessionView[]
  papers: PaperView[]
  importantDates: ImportantDateView[]
  organizers: OrganizerView[]
}

/** Everything the home page and an edition's archive show, read in parallel. */
export async function getHomeContent(editionId: string): Promise<EditionContent> {
  const [speakers, sessions, papers, importantDates, organizers] = await Promise.all([
    getSpeakers(editionId),
    getSchedule(editionId),
    getPapers(editionId),
    getImportantDates(editionId),
    getOrganizers(editionId),
  ])
  return { speakers, sessions, papers, importantDates, organizers }
}

export const getPaperBySlug = cache(async (editionId: string, slug: string): Promise<PaperView | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'papers',
    where: { and: [{ edition: { equals: editionId } }, { slug: { equals: slug } }] },
    select: PAPER_FIELDS,
    depth: 0,
    limit: 1,
    pagination: false,
    ...(await currentReader()),
  })
  const doc = docs[0]
  return doc ? reshapePaper(doc) : null
})

export type SpeakerWithTalks = { speaker: SpeakerView; sessions: SessionView[] }

export const getSpeakerBySlug = cache(async (editionId: string, slug: string): Promise<SpeakerWithTalks | null> => {
  const payload = await payloadClient()
  const reader = await currentReader()
  const { docs } = await payload.find({
    collection: 'speakers',
    where: { and: [{ edition: { equals: editionId } }, { slug: { equals: slug } }] },
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
    populate: { speakers: { name: true, slug: true }, papers: { title: true, slug: true } },
    sort: 'start',
    depth: 1,
    limit: 0,
    pagination: false,
    ...reader,
  })
  return { speaker: reshapeSpeaker(doc), sessions: sessions.docs.map(reshapeSession) }
})

export const getPageBySlug = cache(async (slug: string): Promise<PageView | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    select: PAGE_FIELDS,
    // page → meta.image (media)
    depth: 1,
    limit: 1,
    pagination: false,
    ...(await currentReader()),
  })
  const doc = docs[0]
  return doc ? reshapePage(doc) : null
})

export const getSite = cache(async (): Promise<SiteView> => {
  const payload = await payloadClient()
  const site = await payload.findGlobal({ slug: 'site', depth: 0, ...AS_VISITOR })
  return reshapeSite(site)
})

/** Static params: published slugs only, whatever mode the build runs in. */
async function listSlugs(collection: 'papers' | 'speakers', editionId: string): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { edition: { equals: editionId } },
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs.map((doc) => doc.slug)
}

export const listPaperSlugs = (editionId: string) => listSlugs('papers', editionId)
export const listSpeakerSlugs = (editionId: string) => listSlugs('speakers', editionId)

export async function listPageSlugs(): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs.map((doc) => doc.slug)
}

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
