/**
 * The reads behind the calendars and the sitemap, as an anonymous visitor: access control
 * applies, so a draft session or an unpublished edition never reaches a feed. Each query names
 * its fields, and small reshape functions hand the callers plain types, not Payload documents.
 */
import { SESSION_KINDS } from '../../collections/Sessions'
import type { CalendarEdition, CalendarImportantDate, CalendarPerson, CalendarSession } from './calendar'
import { reshapeChallenge } from './editions/challenge'
import { payloadClient } from './payload'

const AS_VISITOR = { overrideAccess: false, user: null } as const
/** Every matching document: with `pagination: false` Payload skips the count, and 0 lifts the limit. */
const ALL = { limit: 0, pagination: false } as const

export type CalendarEditionWithId = CalendarEdition & { id: string }

const EDITION_FIELDS = {
  name: true,
  year: true,
  timeZone: true,
  venue: true,
  city: true,
  room: true,
  conference: true,
  date: true,
  isCurrent: true,
} as const

function reshapeEdition(edition: CalendarEditionWithId): CalendarEditionWithId {
  return {
    id: String(edition.id),
    name: edition.name,
    year: edition.year,
    timeZone: edition.timeZone,
    venue: edition.venue ?? null,
    city: edition.city ?? null,
    room: edition.room ?? null,
    conference: edition.conference ?? null,
    date: edition.date ?? null,
    isCurrent: edition.isCurrent === true,
  }
}

/** The edition of `year`, or the current one when no year is given; null when none is published. */
export async function getCalendarEdition(year?: number): Promise<CalendarEditionWithId | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'editions',
    where: year === undefined ? { isCurrent: { equals: true } } : { year: { equals: year } },
    select: EDITION_FIELDS,
    depth: 0,
    limit: 1,
    pagination: false,
    ...AS_VISITOR,
  })
  const edition = docs[0]
  return edition ? reshapeEdition(edition) : null
}

const SESSION_FIELDS = {
  title: true,
  kind: true,
  start: true,
  durationMinutes: true,
  room: true,
  description: true,
  speakers: true,
  links: true,
  sequence: true,
  updatedAt: true,
} as const

type SessionFields = {
  id: number | string
  title: string
  kind: string
  start: string
  durationMinutes: number
  room?: string | null
  description?: string | null
  speakers?: unknown[] | null
  links?: { slides?: string | null; video?: string | null } | null
  sequence?: number | null
  updatedAt: string
}

const KIND_LABELS = new Map<string, string>(SESSION_KINDS.map((kind) => [kind.value, kind.label]))

/** Populated speakers only: an unpublished speaker comes back as a bare id and is left out. */
function speakerPeople(speakers: unknown[] | null | undefined): CalendarPerson[] {
  return (speakers ?? []).flatMap((speaker) => {
    if (!speaker || typeof speaker !== 'object' || !('name' in speaker) || typeof speaker.name !== 'string') return []
    const id = 'id' in speaker && (typeof speaker.id === 'string' || typeof speaker.id === 'number') ? String(speaker.id) : ''
    const slug = 'slug' in speaker && typeof speaker.slug === 'string' ? speaker.slug : null
    return [{ id, name: speaker.name, slug }]
  })
}

function reshapeSession(session: SessionFields): CalendarSession {
  return {
    id: String(session.id),
    title: session.title,
    kind: session.kind,
    kindLabel: KIND_LABELS.get(session.kind) ?? null,
    start: session.start,
    durationMinutes: session.durationMinutes,
    room: session.room ?? null,
    description: session.description ?? null,
    speakers: speakerPeople(session.speakers).map((person) => person.name),
    people: speakerPeople(session.speakers),
    links: { slides: session.links?.slides ?? null, video: session.links?.video ?? null },
    sequence: session.sequence ?? 0,
    updatedAt: session.updatedAt,
  }
}

/** The published sessions of an edition, in time order, with their speakers' names. */
export async function getCalendarSessions(editionId: string): Promise<CalendarSession[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { edition: { equals: editionId } },
    select: SESSION_FIELDS,
    populate: { speakers: { name: true, slug: true } },
    depth: 1,
    sort: 'start',
    ...ALL,
    ...AS_VISITOR,
  })
  return docs.map(reshapeSession)
}

/** A relationship read at depth 0: the related id, or the document when Payload populated it anyway. */
function relatedId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/**
 * The sessions that present each of `paperIds` in an edition, for a calendar of starred papers.
 * A paper names its session (`paper.session`) and a session lists its papers (`session.papers`);
 * either side counts. A paper that is not published in this edition is missing from the map, and a
 * published paper in no session maps to an empty list.
 */
export async function getCalendarPaperSessions(editionId: string, paperIds: string[]): Promise<Map<string, string[]>> {
  if (paperIds.length === 0) return new Map()
  const payload = await payloadClient()
  const [papers, sessions] = await Promise.all([
    payload.find({
      collection: 'papers',
      where: { and: [{ edition: { equals: editionId } }, { id: { in: paperIds } }] },
      select: { session: true },
      depth: 0,
      ...ALL,
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'sessions',
      where: { and: [{ edition: { equals: editionId } }, { papers: { in: paperIds } }] },
      select: { papers: true },
      depth: 0,
      ...ALL,
      ...AS_VISITOR,
    }),
  ])
  const presentedIn = new Map<string, Set<string>>()
  for (const paper of papers.docs) {
    const sessionId = relatedId(paper.session)
    presentedIn.set(String(paper.id), new Set(sessionId ? [sessionId] : []))
  }
  for (const session of sessions.docs) {
    for (const paper of session.papers ?? []) {
      presentedIn.get(relatedId(paper) ?? '')?.add(String(session.id))
    }
  }
  return new Map([...presentedIn].map(([paperId, sessionIds]) => [paperId, [...sessionIds]]))
}

/** One published session and its (published) edition; null if either is not visible. */
export async function getCalendarSession(
  sessionId: string,
): Promise<{ edition: CalendarEditionWithId; session: CalendarSession } | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { id: { equals: sessionId } },
    select: { ...SESSION_FIELDS, edition: true },
    populate: { speakers: { name: true, slug: true }, editions: EDITION_FIELDS },
    depth: 1,
    limit: 1,
    pagination: false,
    ...AS_VISITOR,
  })
  const session = docs[0]
  // An edition the visitor may not read stays a bare id after population.
  if (!session || typeof session.edition !== 'object' || session.edition === null) return null
  return { edition: reshapeEdition(session.edition), session: reshapeSession(session) }
}

/** The published important dates of an edition, soonest first. */
export async function getCalendarImportantDates(editionId: string): Promise<CalendarImportantDate[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'important-dates',
    where: { edition: { equals: editionId } },
    select: { label: true, due: true, kind: true, readAs: true, timeZone: true, showTime: true, note: true, updatedAt: true },
    depth: 0,
    sort: 'due',
    ...ALL,
    ...AS_VISITOR,
  })
  return docs.map((date) => ({
    id: String(date.id),
    label: date.label,
    due: date.due,
    kind: date.kind,
    readAs: date.readAs,
    timeZone: date.timeZone ?? null,
    showTime: date.showTime ?? null,
    note: date.note ?? null,
    updatedAt: date.updatedAt,
  }))
}

export type SitemapContent = {
  editions: { id: string; year: number; isCurrent: boolean; hasChallenge: boolean; updatedAt: string }[]
  /** Slugs are unique within an edition only, so each paper and speaker names its edition. */
  papers: { slug: string; editionId: string; updatedAt: string }[]
  speakers: { slug: string; editionId: string; updatedAt: string }[]
  pages: { slug: string; updatedAt: string }[]
}

/** The edition id of a document read at depth 0. */
function editionIdOf(doc: { edition?: unknown }): string {
  const edition = doc.edition
  if (edition && typeof edition === 'object' && 'id' in edition) return String(edition.id)
  return String(edition ?? '')
}

/** Everything the sitemap lists, published only; papers and speakers of unpublished editions are left out. */
export async function getSitemapContent(): Promise<SitemapContent> {
  const payload = await payloadClient()
  const [editions, papers, speakers, pages] = await Promise.all([
    payload.find({
      collection: 'editions',
      select: { year: true, isCurrent: true, challenge: true, updatedAt: true },
      depth: 0,
      sort: '-year',
      ...ALL,
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'papers',
      select: { slug: true, edition: true, updatedAt: true },
      depth: 0,
      sort: 'slug',
      ...ALL,
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'speakers',
      select: { slug: true, edition: true, updatedAt: true },
      depth: 0,
      sort: 'slug',
      ...ALL,
      ...AS_VISITOR,
    }),
    payload.find({
      collection: 'pages',
      select: { slug: true, updatedAt: true },
      depth: 0,
      sort: 'slug',
      ...ALL,
      ...AS_VISITOR,
    }),
  ])
  const published = new Set(editions.docs.map((edition) => String(edition.id)))
  const inPublishedEdition = (doc: { slug: string; edition?: unknown; updatedAt: string }) => {
    const editionId = editionIdOf(doc)
    return published.has(editionId) ? [{ slug: doc.slug, editionId, updatedAt: doc.updatedAt }] : []
  }
  return {
    editions: editions.docs.map((edition) => ({
      id: String(edition.id),
      year: edition.year,
      isCurrent: edition.isCurrent === true,
      hasChallenge: reshapeChallenge(edition.challenge) !== undefined,
      updatedAt: edition.updatedAt,
    })),
    papers: papers.docs.flatMap(inPublishedEdition),
    speakers: speakers.docs.flatMap(inPublishedEdition),
    pages: pages.docs.map((page) => ({ slug: page.slug, updatedAt: page.updatedAt })),
  }
}
