import {
  type SpeakerWithTalks,
  getCurrentEdition,
  getEditionByYear,
  getPaperBySlug,
  getSpeakerBySlug,
  listEditions,
} from '@/lib/queries'
import type { EditionView, PaperView } from '@/lib/reshape'

const YEAR = /^\d{4}$/

/** "2024" → 2024; anything else is a page slug, not an edition. */
export function yearOfSegment(segment: string): number | undefined {
  return YEAR.test(segment) ? Number(segment) : undefined
}

/** "2" in /papers/page/2 → 2. Page 1 is /papers itself, so "1", "02" or "x" name no page. */
export function listingPageOfSegment(segment: string): number | undefined {
  if (!/^[1-9]\d{0,4}$/.test(segment)) return undefined
  const page = Number(segment)
  return page >= 2 ? page : undefined
}

/**
 * The edition an archive address names: /2024/schedule → 2024. The current edition's year is a
 * canonical twin of the unprefixed address (same content, canonical URL without the year), not a
 * redirect: a permanent redirect would outlive the edition being current.
 */
export async function editionOfSegment(segment: string): Promise<EditionView | null> {
  const year = yearOfSegment(segment)
  return year === undefined ? null : getEditionByYear(year)
}

/**
 * What a visitor route's params name. An archive address names its edition by a year segment
 * (/2024/schedule); the unprefixed address (/schedule, no segment) names the current edition.
 */
export type EditionRouteParams = { segment?: string }

/** The edition a route names, as its page's props; null is a 404. */
export async function findEdition({ segment }: EditionRouteParams): Promise<{ edition: EditionView } | null> {
  const edition = segment === undefined ? await getCurrentEdition() : await editionOfSegment(segment)
  return edition ? { edition } : null
}

/**
 * Slugs are unique within an edition, so /papers/<slug> is the current edition's paper. An older
 * link (or a feed) may name an archived one: it is found in the newest edition that has it, and
 * its page names /<year>/papers/<slug> as canonical.
 */
async function findInEditions<T>(find: (edition: EditionView) => Promise<T | null>): Promise<{ edition: EditionView; found: T } | null> {
  const current = await getCurrentEdition()
  const currentFound = current ? await find(current) : null
  if (current && currentFound) return { edition: current, found: currentFound }
  for (const link of await listEditions()) {
    if (link.isCurrent) continue
    const edition = await getEditionByYear(link.year)
    const found = edition ? await find(edition) : null
    if (edition && found) return { edition, found }
  }
  return null
}

/** /<year>/papers/<slug> looks in that edition alone; /papers/<slug> in every edition (above). */
async function findInRoute<T>(
  { segment }: EditionRouteParams,
  find: (edition: EditionView) => Promise<T | null>,
): Promise<{ edition: EditionView; found: T } | null> {
  if (segment === undefined) return findInEditions(find)
  const edition = await editionOfSegment(segment)
  const found = edition ? await find(edition) : null
  return edition && found ? { edition, found } : null
}

type SlugRouteParams = EditionRouteParams & { slug: string }

export async function findPaper(params: SlugRouteParams): Promise<{ edition: EditionView; paper: PaperView } | null> {
  const result = await findInRoute(params, (edition) => getPaperBySlug(edition.id, params.slug))
  return result ? { edition: result.edition, paper: result.found } : null
}

export async function findSpeaker(params: SlugRouteParams): Promise<({ edition: EditionView } & SpeakerWithTalks) | null> {
  const result = await findInRoute(params, (edition) => getSpeakerBySlug(edition.id, params.slug))
  return result ? { edition: result.edition, ...result.found } : null
}
