/**
 * First-run content. `seed` fills an empty database with the 2024 and 2025 editions from
 * ./data; with `reset` it first deletes every content document (never users).
 *
 * Writes go through the Local API with `overrideAccess` (there is no signed-in user) and
 * `context.disableRevalidate` (the revalidation hooks call Next's revalidatePath, which only
 * exists inside Next). All writes share one request so they share one transaction.
 */
import { unlink } from 'node:fs/promises'
import path from 'node:path'

import { TZDate } from '@date-fns/tz'
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { slugify } from '../lib/validation'
import type { Media } from '../payload-types'
import { AFFILIATIONS, EDITIONS, SITE } from './data'
import type { AffiliationKey, AffiliationSeed, EditionSeed, LocalDateTime, PersonSeed } from './data'
import { placeholderLogo, placeholderPortrait } from './placeholders'
import type { PlaceholderImage } from './placeholders'
import { paragraphs } from './richText'

/** Content collections in an order that deletes dependents before what they point to. */
export const CONTENT_COLLECTIONS = [
  'sessions',
  'papers',
  'important-dates',
  'speakers',
  'organizers',
  'pages',
  'editions',
  'affiliations',
  'media',
] as const

export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export type SeedOptions = { reset?: boolean; log?: (line: string) => void }

/** `counts`: documents the call created, per content collection (all 0 when it seeded nothing). */
export type SeedResult = { seeded: boolean; counts: Record<string, number> }

const SEED_CONTEXT = { disableRevalidate: true }

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => undefined)

  if (options.reset) {
    // Deleting runs in its own transaction, before seeding: the files of deleted media are gone
    // from disk at once, so rolling the deletion back would restore documents without files.
    // If seeding then fails, the database has no content and `seed` (without reset) can rerun.
    const deleted = await inTransaction(payload, (req) => deleteContent(req))
    log(`Deleted ${describeCounts(deleted)}.`)
  } else {
    const { totalDocs } = await payload.count({ collection: 'editions', overrideAccess: true })
    // Not logged here: the caller says it in its own words (scripts/seed.ts adds a hint about --reset).
    if (totalDocs > 0) return { seeded: false, counts: emptyCounts() }
  }

  const ledger = new Ledger()
  const counts = await inTransaction(
    payload,
    (req) => writeContent(req, ledger, log),
    (req, rolledBack) => ledger.undo(req, rolledBack),
  )
  log(`Created ${describeCounts(counts)}.`)
  return { seeded: true, counts }
}

// ---------------------------------------------------------------------------------------------
// Transactions

/**
 * Runs `work` with one request whose transaction is committed at the end or rolled back on error.
 * The SQLite adapter runs without transactions unless configured with `transactionOptions`
 * (`beginTransaction` then resolves to null), so `onError` undoes what was written by hand.
 */
async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  onError?: (req: PayloadRequest, rolledBack: boolean) => Promise<void>,
): Promise<T> {
  const req = await createLocalReq({ context: SEED_CONTEXT }, payload)
  const inCharge = await initTransaction(req)
  try {
    const result = await work(req)
    if (inCharge) await commitTransaction(req)
    return result
  } catch (error) {
    if (inCharge) await killTransaction(req)
    await onError?.(req, inCharge)
    throw error
  }
}

type Created = { collection: ContentCollection; id: string; isCurrent?: boolean; media?: Media }

/** What the seed created, to undo it when there is no transaction to roll back. */
class Ledger {
  readonly created: Created[] = []

  record(entry: Created): void {
    this.created.push(entry)
  }

  counts(): Record<string, number> {
    const counts = emptyCounts()
    for (const { collection } of this.created) counts[collection] = (counts[collection] ?? 0) + 1
    return counts
  }

  /**
   * After a rollback only the uploaded files remain; without a transaction, every document goes.
   * Editions go last, the current one after the others (the Editions hooks refuse otherwise).
   */
  async undo(req: PayloadRequest, rolledBack: boolean): Promise<void> {
    const { payload } = req
    if (rolledBack) {
      const uploads = this.created.flatMap(({ media }) => (media ? [media] : []))
      await removeUploadedFiles(payload, uploads)
      return
    }
    const undoReq = await createLocalReq({ context: SEED_CONTEXT }, payload)
    const newestFirst = [...this.created].reverse()
    const editions = newestFirst.filter(({ collection }) => collection === 'editions')
    const ordered = [
      ...newestFirst.filter(({ collection }) => collection !== 'editions'),
      ...editions.filter(({ isCurrent }) => !isCurrent),
      ...editions.filter(({ isCurrent }) => isCurrent),
    ]
    for (const { collection, id } of ordered) {
      try {
        await payload.delete({ collection, id, overrideAccess: true, context: SEED_CONTEXT, req: undoReq })
      } catch (error) {
        payload.logger.error({ err: error, msg: `Seed clean-up could not delete ${collection} ${id}` })
      }
    }
  }
}

async function removeUploadedFiles(payload: Payload, uploads: Media[]): Promise<void> {
  const { upload } = payload.collections.media.config
  const staticDir = path.resolve(upload.staticDir ?? process.env.MEDIA_DIR ?? 'media')
  const filenames = uploads.flatMap((media) => [
    media.filename,
    ...Object.values(media.sizes ?? {}).map((size) => size?.filename),
  ])
  for (const filename of filenames) {
    if (!filename) continue
    await unlink(path.resolve(staticDir, filename)).catch(() => undefined)
  }
}

// ---------------------------------------------------------------------------------------------
// Reset

async function deleteContent(req: PayloadRequest): Promise<Record<string, number>> {
  const { payload } = req
  const deleted = emptyCounts()
  for (const collection of CONTENT_COLLECTIONS) {
    const ids = collection === 'editions' ? await editionIdsCurrentLast(req) : await allIds(req, collection)
    for (const id of ids) {
      await payload.delete({ collection, id, overrideAccess: true, context: SEED_CONTEXT, req })
    }
    deleted[collection] = ids.length
  }
  return deleted
}

async function allIds(req: PayloadRequest, collection: ContentCollection): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  return docs.map(({ id }) => id)
}

/** The current edition cannot be deleted while others exist, so it goes last. */
async function editionIdsCurrentLast(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { isCurrent: true },
  })
  const currentLast = [...docs.filter(({ isCurrent }) => !isCurrent), ...docs.filter(({ isCurrent }) => isCurrent)]
  return currentLast.map(({ id }) => id)
}

// ---------------------------------------------------------------------------------------------
// Content

/** "17 June 2024, 8:25 in America/Los_Angeles" → the UTC instant, as Payload stores dates. */
export function toInstant({ year, month, day, hour, minute }: LocalDateTime, timeZone: string): string {
  // TZDate#toISOString keeps the zone's offset ("…T08:25:00.000-07:00"); the database wants UTC.
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime()).toISOString()
}

const PUBLISHED = { _status: 'published' } as const

async function writeContent(req: PayloadRequest, ledger: Ledger, log: (line: string) => void) {
  const { payload } = req
  const write = { overrideAccess: true, context: SEED_CONTEXT, req } as const

  async function createPlaceholder(image: PlaceholderImage): Promise<string> {
    const media = await payload.create({ collection: 'media', data: { alt: image.alt }, file: image.file, ...write })
    ledger.record({ collection: 'media', id: media.id, media })
    return media.id
  }

  const affiliationIds = new Map<AffiliationKey, string>()
  for (const key of Object.keys(AFFILIATIONS) as AffiliationKey[]) {
    const affiliation: AffiliationSeed = AFFILIATIONS[key]
    const logo = await createPlaceholder(await placeholderLogo(affiliation))
    const doc = await payload.create({
      collection: 'affiliations',
      data: { ...affiliation, logo, ...PUBLISHED },
      draft: false,
      ...write,
    })
    ledger.record({ collection: 'affiliations', id: doc.id })
    affiliationIds.set(key, doc.id)
  }
  const affiliationId = (key: AffiliationKey): string => {
    const id = affiliationIds.get(key)
    if (!id) throw new Error(`Seed data names the affiliation "${key}", which is not in AFFILIATIONS.`)
    return id
  }
  log(`Created ${affiliationIds.size} affiliations with placeholder logos.`)

  const person = async (who: PersonSeed) => ({
    name: who.name,
    slug: slugify(who.name),
    position: who.position,
    homepage: who.homepage,
    affiliation: affiliationId(who.affiliation),
    photo: await createPlaceholder(await placeholderPortrait(who.name)),
  })

  for (const edition of EDITIONS) {
    const editionId = await createEdition(edition)

    for (const [index, organizer] of edition.organizers.entries()) {
      const doc = await payload.create({
        collection: 'organizers',
        data: {
          ...(await person(organizer)),
          role: organizer.role,
          edition: editionId,
          order: index + 1,
          ...PUBLISHED,
        },
        draft: false,
        ...write,
      })
      ledger.record({ collection: 'organizers', id: doc.id })
    }

    const speakerIds = new Map<string, string>()
    for (const [index, speaker] of edition.speakers.entries()) {
      const doc = await payload.create({
        collection: 'speakers',
        data: { ...(await person(speaker)), role: speaker.role, edition: editionId, order: index + 1, ...PUBLISHED },
        draft: false,
        ...write,
      })
      ledger.record({ collection: 'speakers', id: doc.id })
      speakerIds.set(speaker.key, doc.id)
    }

    for (const session of edition.sessions) {
      const speakers = (session.speakers ?? []).map((key) => {
        const id = speakerIds.get(key)
        if (id) return id
        throw new Error(`The session "${session.title}" names the speaker "${key}", who is not in ${edition.name}.`)
      })
      const doc = await payload.create({
        collection: 'sessions',
        data: {
          title: session.title,
          kind: session.kind,
          start: toInstant(session.start, edition.timeZone),
          start_tz: edition.timeZone,
          durationMinutes: session.durationMinutes,
          speakers,
          edition: editionId,
          ...PUBLISHED,
        },
        draft: false,
        ...write,
      })
      ledger.record({ collection: 'sessions', id: doc.id })
    }

    for (const [index, date] of edition.importantDates.entries()) {
      const zone = date.timeZone ?? edition.timeZone
      const doc = await payload.create({
        collection: 'important-dates',
        data: {
          label: date.label,
          kind: date.kind,
          due: toInstant(date.due, zone),
          due_tz: zone,
          readAs: date.readAs,
          timeZone: date.timeZone,
          showTime: date.showTime,
          note: date.note,
          edition: editionId,
          order: index + 1,
          ...PUBLISHED,
        },
        draft: false,
        ...write,
      })
      ledger.record({ collection: 'important-dates', id: doc.id })
    }

    log(
      `${edition.name}: ${edition.organizers.length} organizers and volunteers, ${edition.speakers.length} speakers, ` +
        `${edition.sessions.length} sessions, ${edition.importantDates.length} important dates.`,
    )
  }

  await payload.updateGlobal({ slug: 'site', data: { ...SITE }, ...write })

  return ledger.counts()

  async function createEdition(edition: EditionSeed): Promise<string> {
    const doc = await payload.create({
      collection: 'editions',
      data: {
        name: edition.name,
        year: edition.year,
        tagline: edition.tagline,
        conference: edition.conference,
        city: edition.city,
        venue: edition.venue,
        timeZone: edition.timeZone,
        date: edition.date,
        isCurrent: edition.isCurrent,
        about: paragraphs(edition.about),
        callForPapers: {
          text: paragraphs(edition.callForPapers.text),
          topics: edition.callForPapers.topics.map((topic) => ({ topic })),
        },
        organizerAffiliations: edition.organizerAffiliations.map(affiliationId),
        ...(edition.challenge
          ? { challenge: { title: edition.challenge.title, description: paragraphs(edition.challenge.description) } }
          : {}),
        ...PUBLISHED,
      },
      draft: false,
      ...write,
    })
    ledger.record({ collection: 'editions', id: doc.id, isCurrent: edition.isCurrent })
    return doc.id
  }
}

// ---------------------------------------------------------------------------------------------

function emptyCounts(): Record<string, number> {
  return Object.fromEntries(CONTENT_COLLECTIONS.map((collection) => [collection, 0]))
}

function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([collection, count]) => `${count} ${collection}`)
  return parts.length > 0 ? parts.join(', ') : 'nothing'
}
