/**
 * The first-run content against a real database of its own: the fresh database in
 * TEST_DATABASE_URL, or else a new one of the project's kind (TEST_DB; a temporary SQLite file by
 * default). Not the shared server's database: the reset here would empty it for the other files.
 * Seeds, seeds again (nothing happens), resets (the same content again).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Affiliation, Edition, Media, Speaker } from '../../src/payload-types'
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../helpers/database'
import type { ContentCollection, seed as seedContent, SeedResult } from '../../src/seed'
import type { ensureFirstAdmin as ensureAdmin } from '../../src/seed/firstAdmin'

const workDir = mkdtempSync(path.join(tmpdir(), 'syntagen-seed-'))
const mediaDir = path.join(workDir, 'media')
let database: TestDatabase | undefined

const EXPECTED_COUNTS = {
  sessions: 10,
  papers: 0,
  'important-dates': 4,
  speakers: 5,
  organizers: 7,
  pages: 0,
  editions: 2,
  affiliations: 14,
  // 12 portraits (5 organizers, 2 volunteers, 5 speakers) and 14 logos.
  media: 26,
}

let payload: Payload
let seed: typeof seedContent
let ensureFirstAdmin: typeof ensureAdmin
let contentCollections: readonly ContentCollection[]
let first: SeedResult

const relationName = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : undefined

// The connections of the SQL adapters, which payload.destroy() leaves open.
type PgPool = { end(): Promise<void>; on(event: 'error', listener: () => void): unknown }
const hasPool = (db: object): db is { pool: PgPool } =>
  'pool' in db && typeof (db.pool as Partial<PgPool> | undefined)?.end === 'function'
const hasClient = (db: object): db is { client: { close(): void } } =>
  'client' in db && typeof (db.client as { close?: unknown } | undefined)?.close === 'function'

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of contentCollections) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

async function editionByYear(year: number): Promise<Edition> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { year: { equals: year } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const edition = docs[0]
  if (!edition) throw new Error(`No ${year} edition`)
  return edition
}

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase((process.env.TEST_DB ?? 'sqlite') as TestDatabaseKind, 'seed')
  }
  // Set before the config is imported: it reads them at load time.
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? database?.url
  process.env.PAYLOAD_SECRET ??= 'seed-integration-test'
  process.env.MEDIA_DIR = mediaDir
  delete process.env.ADMIN_EMAIL
  delete process.env.ADMIN_PASSWORD

  // See scripts/seed.ts: evaluating lexical on its own first avoids Node 20's intermittent TLA deadlock.
  await import('@payloadcms/richtext-lexical/lexical')
  const { default: config } = await import('../../src/payload.config')
  const { getPayload } = await import('payload')
  ;({ seed, CONTENT_COLLECTIONS: contentCollections } = await import('../../src/seed'))
  ;({ ensureFirstAdmin } = await import('../../src/seed/firstAdmin'))
  payload = await getPayload({ config })

  // The committed migrations, passed in: Payload's own loader would import the .ts files with
  // Node's native import(), which cannot load TypeScript. Payload calls each one with its adapter's
  // MigrateUpArgs; the shared `Migration` type only says `unknown`.
  if (payload.db.name === 'sqlite') {
    const { migrations } = await import('../../src/migrations/sqlite')
    await payload.db.migrate({ migrations: migrations as Migration[] })
  } else if (payload.db.name === 'postgres') {
    const { migrations } = await import('../../src/migrations/postgres')
    await payload.db.migrate({ migrations: migrations as Migration[] })
  }

  first = await seed(payload)
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
  // destroy() leaves the connections open; dropping the database would then kill them mid-flight.
  if (payload && hasPool(payload.db)) {
    // The adapter keeps one client checked out for good (db-postgres connect.js), so end() would
    // wait forever: it closes the idle ones, and the drop below cuts the last one.
    payload.db.pool.on('error', () => undefined)
    void payload.db.pool.end()
  }
  if (payload && hasClient(payload.db)) payload.db.client.close()
  await database?.drop()
  rmSync(workDir, { recursive: true, force: true })
})

describe('seed on an empty database', () => {
  it('reports what it created', async () => {
    expect(first.seeded).toBe(true)
    expect(first.counts).toEqual(EXPECTED_COUNTS)
    expect(await countAll()).toEqual(EXPECTED_COUNTS)
  })

  it('makes 2025 the current edition, with its organizers and call for papers', async () => {
    const edition = await editionByYear(2025)
    expect(edition).toMatchObject({
      name: 'SyntaGen 2025',
      isCurrent: true,
      _status: 'published',
      tagline: 'Harnessing Generative Models for Synthetic Visual Datasets',
      conference: 'CVPR',
      city: 'Nashville, TN',
      venue: 'Music City Center',
      timeZone: 'America/Chicago',
    })
    expect(edition.date ?? null).toBeNull()
    expect(edition.callForPapers?.submissionUrl ?? null).toBeNull()
    expect(JSON.stringify(edition.about)).toContain('The second SyntaGen Workshop aims to foster collaboration')
    expect(JSON.stringify(edition.callForPapers?.text)).toContain('The main objective of the SyntaGen workshop')
    const topics = edition.callForPapers?.topics ?? []
    expect(topics).toHaveLength(7)
    expect(topics[0]?.topic).toMatch(/^Leveraging pre-trained generative models/)
    expect(topics[6]?.topic).toMatch(/^Ethical implications of using synthetic annotated data/)

    expect((edition.organizerAffiliations ?? []).map(relationName)).toEqual([
      'VinAI Research',
      'Trinity College Dublin',
      'Vidyasirimedhi Institute of Science and Technology',
      'Adobe',
    ])

    const { docs: organizers } = await payload.find({
      collection: 'organizers',
      where: { edition: { equals: edition.id } },
      sort: 'order',
      depth: 1,
      overrideAccess: true,
    })
    expect(organizers.map(({ name, role, order }) => ({ name, role, order }))).toEqual([
      { name: 'Khoi Nguyen', role: 'organizer', order: 1 },
      { name: 'Anh Tuan Tran', role: 'organizer', order: 2 },
      { name: 'Binh Son Hua', role: 'organizer', order: 3 },
      { name: 'Supasorn Suwajanakorn', role: 'organizer', order: 4 },
      { name: 'Yi Zhou', role: 'organizer', order: 5 },
    ])
    expect(organizers.map(({ affiliation }) => relationName(affiliation))).toEqual([
      'VinAI Research',
      'VinAI Research',
      'Trinity College Dublin',
      'Vidyasirimedhi Institute of Science and Technology',
      'Adobe',
    ])
    expect(organizers[0]?.homepage).toBe('https://khoinguyen.org')

    for (const collection of ['speakers', 'sessions', 'papers', 'important-dates'] as const) {
      const { totalDocs } = await payload.count({
        collection,
        where: { edition: { equals: edition.id } },
        overrideAccess: true,
      })
      expect(totalDocs, collection).toBe(0)
    }
  })

  it('keeps 2024 as the archive: speakers, schedule in UTC, dates, volunteers', async () => {
    const edition = await editionByYear(2024)
    expect(edition).toMatchObject({
      name: 'SyntaGen 2024',
      isCurrent: false,
      _status: 'published',
      city: 'Seattle, WA',
      venue: 'Seattle Convention Center',
      timeZone: 'America/Los_Angeles',
    })
    expect(edition.date).toBe('2024-06-17T12:00:00.000Z')
    expect(edition.callForPapers?.topics).toHaveLength(7)
    // The seed page's commented-out logo block, as placeholders with the names.
    expect((edition.organizerAffiliations ?? []).map(relationName)).toEqual([
      'VinUni College of Engineering and Computer Science',
      'University of Maryland Department of Computer Science',
      'VinAI Research',
      'Clemson University',
      'Deakin University',
      'Cornell Tech',
      'New York University',
    ])

    const { docs: speakers } = await payload.find({
      collection: 'speakers',
      where: { edition: { equals: edition.id } },
      sort: 'order',
      depth: 1,
      overrideAccess: true,
    })
    expect(speakers.map(({ name, position, role }) => ({ name, position, role }))).toEqual([
      { name: 'David J Fleet', position: 'Professor; also Google DeepMind', role: 'keynote' },
      { name: 'Phillip Isola', position: 'Associate Professor', role: 'keynote' },
      { name: 'Jia-Bin Huang', position: 'Associate Professor', role: 'keynote' },
      { name: 'Tali Dekel', position: 'Assistant Professor', role: 'keynote' },
      { name: 'Nathan Carr', position: 'Adobe Fellow', role: 'keynote' },
    ])
    expect(speakers.map(({ affiliation }) => relationName(affiliation))).toEqual([
      'University of Toronto',
      'Massachusetts Institute of Technology',
      'University of Maryland College Park',
      'Weizmann Institute of Science',
      'Adobe',
    ])

    // The page's HTML table lists ten rows (the brief counted nine); 8:25 PDT is 15:25 UTC.
    const { docs: sessions } = await payload.find({
      collection: 'sessions',
      where: { edition: { equals: edition.id } },
      sort: 'start',
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(
      sessions.map(({ start, end, title, kind, start_tz, speakers: people }) => ({
        start,
        end,
        title,
        kind,
        start_tz,
        speakers: (people ?? []).map(relationName),
      })),
    ).toEqual([
      {
        start: '2024-06-17T15:25:00.000Z',
        end: '2024-06-17T15:30:00.000Z',
        title: 'Introduction',
        kind: 'opening',
        start_tz: 'America/Los_Angeles',
        speakers: [],
      },
      {
        start: '2024-06-17T15:30:00.000Z',
        end: '2024-06-17T16:00:00.000Z',
        title: 'Competition session & Winners talks & Oral presentation',
        kind: 'competition',
        start_tz: 'America/Los_Angeles',
        speakers: [],
      },
      {
        start: '2024-06-17T16:00:00.000Z',
        end: '2024-06-17T16:25:00.000Z',
        title: 'Invited talk 1: Promising Generative Data Augmentation',
        kind: 'invited-talk',
        start_tz: 'America/Los_Angeles',
        speakers: ['David J Fleet'],
      },
      {
        start: '2024-06-17T16:25:00.000Z',
        end: '2024-06-17T16:50:00.000Z',
        title: 'Invited talk 2: Re-inventing the Factory - the new AI Software Lifecycle',
        kind: 'invited-talk',
        start_tz: 'America/Los_Angeles',
        speakers: ['Nathan Carr'],
      },
      {
        start: '2024-06-17T16:50:00.000Z',
        end: '2024-06-17T17:00:00.000Z',
        title: 'Break',
        kind: 'break',
        start_tz: 'America/Los_Angeles',
        speakers: [],
      },
      {
        start: '2024-06-17T17:00:00.000Z',
        end: '2024-06-17T17:25:00.000Z',
        title: 'Invited talk 3: Poor Man’s Guide for Aligned Text-to-Image Synthesis',
        kind: 'invited-talk',
        start_tz: 'America/Los_Angeles',
        speakers: ['Jia-Bin Huang'],
      },
      {
        start: '2024-06-17T17:25:00.000Z',
        end: '2024-06-17T17:50:00.000Z',
        title: 'Invited talk 4: N=0: Learning Vision with Zero Visual Data',
        kind: 'invited-talk',
        start_tz: 'America/Los_Angeles',
        speakers: ['Phillip Isola'],
      },
      {
        start: '2024-06-17T17:50:00.000Z',
        end: '2024-06-17T18:15:00.000Z',
        title: 'Invited talk 5: The Future of Video Generation: Beyond Data and Scale',
        kind: 'invited-talk',
        start_tz: 'America/Los_Angeles',
        speakers: ['Tali Dekel'],
      },
      {
        start: '2024-06-17T18:15:00.000Z',
        end: '2024-06-17T18:40:00.000Z',
        title: 'Panel discussion',
        kind: 'panel',
        start_tz: 'America/Los_Angeles',
        speakers: ['Tali Dekel', 'Phillip Isola', 'Nathan Carr'],
      },
      {
        start: '2024-06-17T18:40:00.000Z',
        end: '2024-06-17T19:30:00.000Z',
        title: 'Poster Session',
        kind: 'poster-session',
        start_tz: 'America/Los_Angeles',
        speakers: [],
      },
    ])

    // "11:59 PM Pacific Time": PDT (UTC−7) on each of these days.
    const { docs: dates } = await payload.find({
      collection: 'important-dates',
      where: { edition: { equals: edition.id } },
      sort: 'order',
      overrideAccess: true,
    })
    expect(
      dates.map(({ label, kind, due, due_tz, readAs, timeZone, showTime, note, order }) => ({
        label,
        kind,
        due,
        due_tz,
        readAs,
        timeZone: timeZone ?? null,
        showTime,
        note: note ?? null,
        order,
      })),
    ).toEqual([
      {
        label: 'Submission deadline',
        kind: 'submission',
        due: '2024-03-23T06:59:00.000Z',
        due_tz: 'America/Los_Angeles',
        readAs: 'zone',
        timeZone: 'America/Los_Angeles',
        showTime: true,
        note: null,
        order: 1,
      },
      {
        label: 'Notification of acceptance',
        kind: 'notification',
        due: '2024-04-08T06:59:00.000Z',
        due_tz: 'America/Los_Angeles',
        readAs: 'zone',
        timeZone: 'America/Los_Angeles',
        showTime: true,
        note: null,
        order: 2,
      },
      {
        label: 'Camera-ready submission deadline',
        kind: 'camera-ready',
        due: '2024-04-15T06:59:00.000Z',
        due_tz: 'America/Los_Angeles',
        readAs: 'zone',
        timeZone: 'America/Los_Angeles',
        showTime: true,
        note: null,
        order: 3,
      },
      {
        label: 'Workshop',
        kind: 'workshop',
        due: '2024-06-17T15:25:00.000Z',
        due_tz: 'America/Los_Angeles',
        readAs: 'venue',
        timeZone: null,
        showTime: false,
        note: 'Morning',
        order: 4,
      },
    ])

    const { docs: volunteers } = await payload.find({
      collection: 'organizers',
      where: { edition: { equals: edition.id } },
      sort: 'order',
      depth: 1,
      overrideAccess: true,
    })
    expect(
      volunteers.map(({ name, role, position, homepage, affiliation }) => ({
        name,
        role,
        position,
        homepage,
        affiliation: relationName(affiliation),
      })),
    ).toEqual([
      {
        name: 'Truong Vu',
        role: 'volunteer',
        position: 'Research Resident',
        homepage: 'https://truongvu2000nd.github.io/',
        affiliation: 'VinAI Research',
      },
      {
        name: 'Quang Nguyen',
        role: 'volunteer',
        position: 'Research Resident',
        homepage: 'https://quang-ngh.github.io/',
        affiliation: 'VinAI Research',
      },
    ])
  })

  it('gives every person a photo and every affiliation a logo, each with alt text', async () => {
    const find = { depth: 1, limit: 0, pagination: false, overrideAccess: true } as const
    const people = [
      ...(await payload.find({ collection: 'organizers', ...find })).docs,
      ...(await payload.find({ collection: 'speakers', ...find })).docs,
    ] as { name: string; photo?: Speaker['photo'] }[]
    const affiliations: Affiliation[] = (await payload.find({ collection: 'affiliations', ...find })).docs
    const images = [
      ...people.map(({ name, photo }) => ({ owner: name, image: photo })),
      ...affiliations.map(({ name, logo }) => ({ owner: name, image: logo })),
    ]
    // 12 people and 14 affiliations (the 2024 logo strip added six).
    expect(images).toHaveLength(26)
    for (const { owner, image } of images) {
      expect(typeof image, owner).toBe('object')
      const media = image as Media
      expect(media.alt.trim().length, owner).toBeGreaterThan(0)
      expect(media.alt, owner).toContain(owner)
      expect(media.mimeType, owner).toBe('image/png')
    }
    expect(images.find(({ owner }) => owner === 'Khoi Nguyen')?.image).toMatchObject({
      alt: 'Placeholder portrait with the initials KN for Khoi Nguyen',
      width: 400,
      height: 400,
    })
    expect(images.find(({ owner }) => owner === 'VinAI Research')?.image).toMatchObject({ width: 600, height: 200 })

    const site = await payload.findGlobal({ slug: 'site', overrideAccess: true })
    expect(site).toMatchObject({
      siteName: 'SyntaGen',
      description: 'Harnessing Generative Models for Synthetic Visual Datasets',
    })
  })
})

describe('the first admin', () => {
  it('asks for one when there is none and no ADMIN_EMAIL, then creates it from the environment', async () => {
    const lines: string[] = []
    expect(await ensureFirstAdmin(payload, (line) => lines.push(line))).toBe('waiting')
    expect(lines.join('\n')).toContain('http://localhost:3000/admin')
    expect(lines.join('\n')).toContain('ADMIN_EMAIL')

    process.env.ADMIN_EMAIL = 'first-admin@syntagen.test'
    process.env.ADMIN_PASSWORD = 'a-long-test-only-passphrase'
    try {
      expect(await ensureFirstAdmin(payload, () => undefined)).toBe('created')
      expect(await ensureFirstAdmin(payload, () => undefined)).toBe('exists')
    } finally {
      delete process.env.ADMIN_EMAIL
      delete process.env.ADMIN_PASSWORD
    }
    const { docs } = await payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map(({ email, roles }) => ({ email, roles }))).toEqual([
      { email: 'first-admin@syntagen.test', roles: ['admin'] },
    ])
  })

  it('makes only the very first account an admin, whatever role it asked for', async () => {
    const first = await payload.find({ collection: 'users', overrideAccess: true, limit: 1 })
    const firstUser = first.docs[0]
    if (!firstUser) throw new Error('the previous test left no user')
    // An empty users table: the account from the admin's sign-up screen.
    await payload.delete({ collection: 'users', id: firstUser.id, overrideAccess: true })
    const signUp = await payload.create({
      collection: 'users',
      data: { email: 'signed-up@syntagen.test', password: 'a-long-test-only-passphrase', roles: ['editor'] },
      overrideAccess: true,
    })
    expect(signUp.roles).toEqual(['admin'])
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@syntagen.test', password: 'a-long-test-only-passphrase', roles: ['editor'] },
      overrideAccess: true,
    })
    expect(second.roles).toEqual(['editor'])
    await payload.delete({ collection: 'users', id: second.id, overrideAccess: true })
  })
})

describe('seeding again', () => {
  it('does nothing without reset', async () => {
    const again = await seed(payload)
    expect(again.seeded).toBe(false)
    expect(Object.values(again.counts).every((count) => count === 0)).toBe(true)
    expect(await countAll()).toEqual(EXPECTED_COUNTS)
  })

  it('replaces all content with reset, keeps users, and leaves no stray files', async () => {
    const filesBefore = readdirSync(mediaDir).sort()
    const reset = await seed(payload, { reset: true })
    expect(reset).toEqual({ seeded: true, counts: EXPECTED_COUNTS })
    expect(await countAll()).toEqual(EXPECTED_COUNTS)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)
    expect((await editionByYear(2025)).isCurrent).toBe(true)
    // The old files were deleted with their documents, so the new ones got the same names.
    expect(readdirSync(mediaDir).sort()).toEqual(filesBefore)
  })
})
