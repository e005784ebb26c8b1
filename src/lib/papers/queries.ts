import type { Where } from 'payload'
import { cache } from 'react'

import { type Selection, currentReader, inEditionForAddress } from '../content/reader'
import { listPublishedSlugs } from '../content/slugs'
import { payloadClient } from '../payload'
import { NO_FILTER, type PaperFilter, searchWords } from './filter'
import {
  type PaperDoc,
  type PaperListDoc,
  type PaperListItem,
  type PaperListing,
  type PaperView,
  reshapePaper,
  reshapePaperListItem,
} from './reshape'

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
  posterBoard: true,
  session: true,
  updatedAt: true,
  meta: true,
} as const satisfies Selection<PaperDoc>

/**
 * All papers of an edition, by title. Filtering is not done here: the papers page renders every
 * paper so its search can filter instantly in the browser (papers/filter.ts decides both sides).
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

export const getPaperBySlug = cache(async (editionId: string, slug: string): Promise<PaperView | null> => {
  const payload = await payloadClient()
  const reader = await currentReader()
  const { docs } = await payload.find({
    collection: 'papers',
    where: { and: [inEditionForAddress(editionId, reader), { slug: { equals: slug } }] },
    select: PAPER_FIELDS,
    depth: 0,
    limit: 1,
    pagination: false,
    ...reader,
  })
  const doc = docs[0]
  return doc ? reshapePaper(doc) : null
})

/** A paper that names the session it is presented in (`paper.session`). */
export type ScheduledPaper = { id: string; title: string; slug: string; sessionId: string }

/**
 * The papers of an edition that name their session, for My schedule: a starred paper shows with
 * the session presenting it. Bounded by the sessions' size, not the edition's, in practice.
 */
export const getScheduledPapers = cache(async (editionId: string): Promise<ScheduledPaper[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'papers',
    where: { and: [{ edition: { equals: editionId } }, { session: { exists: true } }] },
    select: { title: true, slug: true, session: true },
    sort: 'title',
    depth: 0,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.flatMap((doc) => {
    const session = doc.session
    const sessionId = typeof session === 'object' ? session?.id : session
    return sessionId ? [{ id: doc.id, title: doc.title, slug: doc.slug, sessionId }] : []
  })
})

export const listPaperSlugs = (editionId: string) => listPublishedSlugs('papers', editionId)

/** One page of the papers listing: 50 cards keep a page light at any size of edition. */
export const PAPERS_PER_PAGE = 50

const LIST_FIELDS = {
  slug: true,
  title: true,
  authors: true,
  presentation: true,
  award: true,
  posterBoard: true,
} as const satisfies Selection<PaperListDoc>

function listingWhere(editionId: string, filter: PaperFilter): Where {
  const conditions: Where[] = [{ edition: { equals: editionId } }]
  // searchText is folded (lib/papers/filter.ts): every word of the query must be in it.
  for (const word of searchWords(filter.q)) conditions.push({ searchText: { contains: word } })
  if (filter.presentation) conditions.push({ presentation: { equals: filter.presentation } })
  if (filter.award === 'any') conditions.push({ award: { not_equals: 'none' } })
  else if (filter.award) conditions.push({ award: { equals: filter.award } })
  return { and: conditions }
}

/**
 * One page of an edition's papers that match a filter, awards first, then orals, spotlights and
 * posters, each by title. The database filters, orders and counts; a page past the last is empty.
 */
export const getPaperListing = cache(
  async (
    editionId: string,
    filter: PaperFilter,
    page: number,
    limit: number = PAPERS_PER_PAGE,
  ): Promise<PaperListing> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'papers',
      where: listingWhere(editionId, filter),
      select: LIST_FIELDS,
      sort: ['listRank', 'title'],
      depth: 0,
      limit,
      page,
      ...(await currentReader()),
    })
    return {
      papers: result.docs.map(reshapePaperListItem),
      total: result.totalDocs,
      page,
      pages: Math.max(1, result.totalPages),
      perPage: limit,
    }
  },
)

/**
 * The home page's papers: every paper while an edition has a few; past HOME_PAPER_LIMIT, only the
 * orals and the award papers, and the listing has the rest.
 */
export const HOME_PAPER_LIMIT = 30

export const getHomePapers = cache(
  async (editionId: string): Promise<{ papers: PaperListItem[]; total: number; highlightsOnly: boolean }> => {
    const all = await getPaperListing(editionId, NO_FILTER, 1, HOME_PAPER_LIMIT)
    if (all.total <= HOME_PAPER_LIMIT) return { papers: all.papers, total: all.total, highlightsOnly: false }
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'papers',
      where: {
        and: [
          { edition: { equals: editionId } },
          { or: [{ presentation: { equals: 'oral' } }, { award: { not_equals: 'none' } }] },
        ],
      },
      select: LIST_FIELDS,
      sort: ['listRank', 'title'],
      depth: 0,
      limit: 0,
      pagination: false,
      ...(await currentReader()),
    })
    return { papers: docs.map(reshapePaperListItem), total: all.total, highlightsOnly: true }
  },
)
