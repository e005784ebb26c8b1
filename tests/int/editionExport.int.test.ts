import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { type EmptyPortal, startEmptyPortal } from '../helpers/emptyServer'

const baseUrl = inject('baseUrl')
const databaseKind = inject('databaseKind')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }
type ExportRecord = { ref: string; [key: string]: unknown }
type EditionExport = {
  format: string
  version: number
  content: 'published' | 'latest'
  edition: ExportRecord
  affiliations: ExportRecord[]
  media: ExportRecord[]
  speakers: ExportRecord[]
  organizers: ExportRecord[]
  papers: ExportRecord[]
  sessions: ExportRecord[]
  importantDates: ExportRecord[]
}
const LISTS = ['affiliations', 'media', 'speakers', 'organizers', 'papers', 'sessions', 'importantDates'] as const

let sourceAdmin: Record<string, string>
let target: EmptyPortal
let targetAdmin: Record<string, string>

async function editionId(portal: string, year: number): Promise<string> {
  const { body } = await request<List>(portal, 'GET', `/api/editions?where[year][equals]=${year}&depth=0&draft=true`, { headers: sourceAdmin })
  const edition = body.docs[0]
  if (!edition) throw new Error(`no ${year} edition on ${portal}`)
  return edition.id
}

async function exportOf(portal: string, id: string, headers: Record<string, string> = {}) {
  return request<EditionExport>(portal, 'GET', `/api/editions/${id}/export`, { headers })
}

/** A natural key per record, so two databases' exports can be compared without their ids. */
function naturalKey(list: (typeof LISTS)[number], record: ExportRecord): string {
  switch (list) {
    case 'affiliations':
      return `affiliation:${String(record.name)}`
    case 'media':
      return `media:${String(record.filename)}`
    case 'sessions':
      return `session:${String(record.start)}|${String(record.title)}`
    case 'importantDates':
      return `date:${String(record.label)}|${String(record.due)}`
    default:
      return `${list}:${String(record.slug)}`
  }
}

/**
 * The export with ids mapped to natural keys (every ref, wherever it appears as a relation),
 * lists sorted by them, and what legitimately differs between two portals left out: when and
 * where it was exported, and the host part of media URLs.
 */
function canonical(document: EditionExport) {
  const keys = new Map<string, string>([[document.edition.ref, 'edition']])
  for (const list of LISTS) for (const record of document[list]) keys.set(record.ref, naturalKey(list, record))
  const mapRefs = (value: unknown): unknown => {
    if (typeof value === 'string') return keys.get(value) ?? value
    if (Array.isArray(value)) return value.map(mapRefs)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapRefs(inner)]))
    return value
  }
  const lists = Object.fromEntries(
    LISTS.map((list) => [
      list,
      document[list]
        .map((record) => {
          const mapped = mapRefs(record) as Record<string, unknown>
          if (list === 'media' && typeof mapped.url === 'string') mapped.url = new URL(mapped.url).pathname
          return mapped
        })
        .sort((a, b) => String(a.ref).localeCompare(String(b.ref))),
    ]),
  )
  return { format: document.format, version: document.version, edition: mapRefs(document.edition), ...lists }
}

async function importInto(portal: string, document: unknown, headers: Record<string, string>) {
  return request<{ message: string; errors?: { path: string; message: string }[]; edition?: { id: string }; media?: { downloaded: number; missing: unknown[] }; reused?: { affiliations: number } }>(
    portal,
    'POST',
    '/api/editions/import',
    { body: document, headers },
  )
}

beforeAll(async () => {
  sourceAdmin = await adminHeaders(baseUrl)
  target = await startEmptyPortal(databaseKind)
  targetAdmin = await adminHeaders(target.baseUrl)
}, 300_000)

afterAll(async () => {
  await target?.stop()
})

describe('edition export', () => {
  it('gives anonymous readers published content and editors their drafts too, and says which', async () => {
    const id = await editionId(baseUrl, 2024)
    const { body: draft } = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers?draft=true', {
      body: { name: 'Unannounced Speaker', role: 'keynote', edition: id, _status: 'draft' },
      headers: sourceAdmin,
    })
    try {
      const anonymous = await exportOf(baseUrl, id)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.content).toBe('published')
      expect(anonymous.body.speakers.map((speaker) => speaker.name)).not.toContain('Unannounced Speaker')
      expect(anonymous.headers.get('cache-control')).toMatch(/public/)

      const editor = await exportOf(baseUrl, id, sourceAdmin)
      expect(editor.body.content).toBe('latest')
      expect(editor.body.speakers.find((speaker) => speaker.name === 'Unannounced Speaker')?._status).toBe('draft')
      expect(editor.headers.get('cache-control')).toMatch(/no-store/)
    } finally {
      await request(baseUrl, 'DELETE', `/api/speakers/${draft.doc.id}`, { headers: sourceAdmin })
    }
  })

  it('writes every field: time zones, previous due dates, order, relations by ref, media by URL', async () => {
    const { body } = await exportOf(baseUrl, await editionId(baseUrl, 2024))
    expect(body.format).toBe('syntagen-edition-export')
    const session = body.sessions[0]
    expect(session).toHaveProperty('start_tz')
    expect(session).toHaveProperty('sequence')
    expect(body.importantDates.some((date) => 'due_tz' in date && 'previousDue' in date)).toBe(true)
    expect(body.speakers.every((speaker) => typeof speaker.order === 'number')).toBe(true)
    const refs = new Set(body.speakers.map((speaker) => speaker.ref))
    expect(body.sessions.flatMap((item) => item.speakers as string[]).every((ref) => refs.has(ref))).toBe(true)
    for (const media of body.media) {
      expect(String(media.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
      expect(media.alt).toBeTruthy()
      expect(media.filename).toBeTruthy()
    }
    expect(JSON.stringify(body)).not.toMatch(/"(createdAt|updatedAt)"/)
  })

  it('answers an unknown edition with 404', async () => {
    const { status, body } = await exportOf(baseUrl, 'no-such-edition')
    expect(status).toBe(404)
    expect(JSON.stringify(body)).toMatch(/no edition/i)
  })
})

describe('edition import', () => {
  it('refuses anonymous imports and documents that are not exports, with messages', async () => {
    expect((await importInto(target.baseUrl, { format: 'x' }, {})).status).toBe(401)
    const notJson = await request(target.baseUrl, 'POST', '/api/editions/import', { rawBody: '{"format":', headers: targetAdmin })
    expect(notJson.status).toBe(400)
    const wrong = await importInto(target.baseUrl, { format: 'something-else', version: 1 }, targetAdmin)
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors?.map((error) => error.path)).toEqual(expect.arrayContaining(['format', 'edition', 'speakers']))
  })

  it('rejects a document whose relations name records it lacks (422), and one whose records are invalid, writing nothing', async () => {
    const { body: document } = await exportOf(baseUrl, await editionId(baseUrl, 2024), sourceAdmin)
    const dangling = structuredClone(document)
    const firstSession = dangling.sessions[0] as ExportRecord
    firstSession.speakers = ['not-a-ref']
    const danglingAnswer = await importInto(target.baseUrl, dangling, targetAdmin)
    expect(danglingAnswer.status).toBe(422)
    expect(danglingAnswer.body.errors?.[0]?.message).toMatch(/not-a-ref/)

    // Invalid only at the very end: everything before it must be rolled back.
    const invalid = structuredClone(document)
    const lastDate = invalid.importantDates[invalid.importantDates.length - 1] as ExportRecord
    lastDate.readAs = 'whenever'
    const invalidAnswer = await importInto(target.baseUrl, invalid, targetAdmin)
    expect(invalidAnswer.status).toBe(422)
    expect(invalidAnswer.body.errors?.some((error) => error.path.includes('readAs'))).toBe(true)
    for (const collection of ['editions', 'speakers', 'sessions', 'papers', 'affiliations', 'media']) {
      const { body } = await request<List>(target.baseUrl, 'GET', `/api/${collection}?limit=0&draft=true`, { headers: targetAdmin })
      expect(body.totalDocs, collection).toBe(0)
    }
  })

  it('recreates 2025 and then 2024 in an empty portal with no loss: exported again, every field is equal', async () => {
    // A session edited since it was created has a calendar sequence above 0, which must survive.
    const { body: sessions } = await request<List>(baseUrl, 'GET', `/api/sessions?where[edition][equals]=${await editionId(baseUrl, 2024)}&limit=1&depth=0`)
    const edited = sessions.docs[0] as Doc
    await request(baseUrl, 'PATCH', `/api/sessions/${edited.id}`, { body: { description: 'Edited before the export.' }, headers: sourceAdmin })
    for (const year of [2025, 2024]) {
      const { body: original } = await exportOf(baseUrl, await editionId(baseUrl, year), sourceAdmin)
      const imported = await importInto(target.baseUrl, original, targetAdmin)
      expect(imported.status, JSON.stringify(imported.body)).toBe(201)
      expect(imported.body.media?.missing).toEqual([])
      const newId = imported.body.edition?.id ?? ''
      expect(newId).not.toBe(original.edition.ref)
      const { body: again } = await exportOf(target.baseUrl, newId, targetAdmin)
      expect(canonical(again)).toEqual(canonical(original))
      if (year === 2024) {
        expect(imported.body.reused?.affiliations).toBeGreaterThan(0)
        expect(again.sessions.find((session) => session.description === 'Edited before the export.')?.sequence).toBeGreaterThan(0)
      }
    }
    // Imported media are real files the new portal serves.
    const { body: media } = await request<List>(target.baseUrl, 'GET', '/api/media?limit=1&depth=0')
    const first = media.docs[0]
    if (first) expect((await fetch(`${target.baseUrl}${String(first.url)}`)).status).toBe(200)
    // And the new portal publishes the imported program in its feeds.
    const schedule = await fetch(`${target.baseUrl}/schedule.ics?year=2024`)
    expect(schedule.status).toBe(200)
  })

  it('imports an edition whose media cannot be fetched, leaving those images empty and listing them', async () => {
    const { body: document } = await exportOf(baseUrl, await editionId(baseUrl, 2024), sourceAdmin)
    const copy = structuredClone(document)
    copy.edition.year = 2031
    copy.edition.name = 'SyntaGen 2031 (copy)'
    const collection = copy.speakers.some((candidate) => typeof candidate.photo === 'string') ? 'speakers' : 'organizers'
    const person = copy[collection].find((candidate) => typeof candidate.photo === 'string') as ExportRecord
    const photo = copy.media.find((media) => media.ref === person.photo) as ExportRecord
    photo.url = 'http://127.0.0.1:9/unreachable.png'
    const imported = await importInto(target.baseUrl, copy, targetAdmin)
    expect(imported.status, JSON.stringify(imported.body)).toBe(201)
    expect(imported.body.media?.missing).toEqual([
      expect.objectContaining({ ref: photo.ref, url: 'http://127.0.0.1:9/unreachable.png', filename: photo.filename, alt: photo.alt }),
    ])
    const { body } = await request<List>(target.baseUrl, 'GET', `/api/${collection}?where[edition][equals]=${imported.body.edition?.id ?? ''}&where[slug][equals]=${String(person.slug)}&depth=0`)
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]?.photo ?? null).toBeNull()
  })

  it('refuses to import an edition whose year already exists (409)', async () => {
    const { body: document } = await exportOf(baseUrl, await editionId(baseUrl, 2025), sourceAdmin)
    const again = await importInto(target.baseUrl, document, targetAdmin)
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/2025 already exists/)
  })
})
