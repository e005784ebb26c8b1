import type { PayloadRequest } from 'payload'

import type { Edition, ImportantDate, Organizer } from '../../../src/payload-types'
import { deadlineZone, sameWallClockYearsLater } from '../../../src/lib/time'
import { relationId } from '../../fields/relationId'

export type CloneResult = { edition: Pick<Edition, 'id' | 'name' | 'year' | '_status'>; organizers: number; importantDates: number }

/** Every write of a clone runs as a draft, without touching the site's caches. */
const AS_DRAFT = { draft: true, depth: 0, overrideAccess: true, context: { disableRevalidate: true } } as const

/** "SyntaGen 2025" → "SyntaGen 2026"; a name without the year gets it appended. */
export function nameForYear(name: string, fromYear: number, toYear: number): string {
  return name.includes(String(fromYear)) ? name.replaceAll(String(fromYear), String(toYear)) : `${name} ${toYear}`
}

/** A link into last year's archive points into the new year's: /2025/challenge → /2026/challenge. */
export function hrefForYear(href: string, fromYear: number, toYear: number): string {
  const prefix = `/${fromYear}`
  return href === prefix || href.startsWith(`${prefix}/`) || href.startsWith(`${prefix}#`) ? `/${toYear}${href.slice(prefix.length)}` : href
}

/**
 * Starts next year's edition from this one (issue 7): the edition itself as a draft that is not
 * current, with its call for papers, navigation and organizers' logo order; the organizers; the
 * important dates one year later at the same wall-clock time in the zone each is read in.
 * Speakers, sessions and papers belong to one year and are not copied. The caller owns the
 * transaction, so a failure part-way leaves nothing behind.
 */
export async function cloneEdition(req: PayloadRequest, source: Edition, year: number): Promise<CloneResult> {
  const { payload } = req
  const years = year - source.year
  const edition = await payload.create({
    collection: 'editions',
    req,
    ...AS_DRAFT,
    data: {
      _status: 'draft',
      name: nameForYear(source.name, source.year, year),
      year,
      tagline: source.tagline,
      conference: source.conference,
      timeZone: source.timeZone,
      about: source.about,
      callForPapers: {
        text: source.callForPapers?.text,
        topics: (source.callForPapers?.topics ?? []).map(({ topic }) => ({ topic })),
        contactEmail: source.callForPapers?.contactEmail,
      },
      organizerAffiliations: (source.organizerAffiliations ?? []).map(relationId).filter((id) => id !== undefined),
      navigation: (source.navigation ?? []).map(({ label, href }) => ({ label, href: hrefForYear(href, source.year, year) })),
      isCurrent: false,
    },
  })

  const ofSource = { edition: { equals: source.id } }
  const [organizers, importantDates] = await Promise.all([
    payload.find({ collection: 'organizers', where: ofSource, sort: 'order', depth: 0, limit: 0, pagination: false, req, overrideAccess: true }),
    payload.find({ collection: 'important-dates', where: ofSource, sort: 'due', depth: 0, limit: 0, pagination: false, req, overrideAccess: true }),
  ])
  // One after another: the transaction is one connection (SQLite has one writer anyway).
  for (const organizer of organizers.docs) await copyOrganizer(req, organizer, edition.id)
  for (const date of importantDates.docs) await copyImportantDate(req, date, edition.id, source.timeZone, years)

  return {
    edition: { id: edition.id, name: edition.name, year: edition.year, _status: edition._status },
    organizers: organizers.docs.length,
    importantDates: importantDates.docs.length,
  }
}

async function copyOrganizer(req: PayloadRequest, organizer: Organizer, editionId: string): Promise<void> {
  await req.payload.create({
    collection: 'organizers',
    req,
    ...AS_DRAFT,
    data: {
      _status: 'draft',
      name: organizer.name,
      position: organizer.position,
      affiliation: relationId(organizer.affiliation) ?? null,
      photo: relationId(organizer.photo) ?? null,
      homepage: organizer.homepage,
      role: organizer.role,
      slug: organizer.slug,
      order: organizer.order,
      edition: editionId,
    },
  })
}

async function copyImportantDate(req: PayloadRequest, date: ImportantDate, editionId: string, venueZone: string, years: number) {
  const zone = deadlineZone(date, venueZone)
  await req.payload.create({
    collection: 'important-dates',
    req,
    ...AS_DRAFT,
    data: {
      _status: 'draft',
      label: date.label,
      due: sameWallClockYearsLater(date.due, zone, years).toISOString(),
      due_tz: date.due_tz,
      readAs: date.readAs,
      timeZone: date.timeZone,
      kind: date.kind,
      showTime: date.showTime,
      note: date.note,
      // A moved deadline's history belongs to its year.
      previousDue: null,
      order: date.order,
      edition: editionId,
    },
  })
}
