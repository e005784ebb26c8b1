import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { login, request, TEST_ADMIN } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }
type Report = {
  dryRun: boolean
  created: number
  updated: number
  unchanged: number
  errors: { row: number; field?: string; message: string }[]
  rows: { row: number; action: string; label: string; id?: string; edition?: number }[]
}

// A year of its own, so these imports never meet the seeded editions or the other test files.
const YEAR = 2031
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures', name), 'utf8')

let admin: Record<string, string>
let editor: Record<string, string>
let edition: Doc

async function importFile(
  collection: string,
  body: string,
  options: { type?: string; query?: string; headers?: Record<string, string> } = {},
) {
  const query = options.query ?? `edition=${YEAR}`
  return request<Report & { message?: string }>(baseUrl, 'POST', `/api/${collection}/import?${query}`, {
    rawBody: body,
    headers: { ...(options.headers ?? admin), 'content-type': options.type ?? 'text/csv' },
  })
}

async function exportFile(collection: string, format: 'csv' | 'json', year = YEAR): Promise<string> {
  const response = await fetch(`${baseUrl}/api/${collection}/export?edition=${year}&format=${format}`, { headers: admin })
  expect(response.status).toBe(200)
  return response.text()
}

async function docsOf(collection: string, where = ''): Promise<Doc[]> {
  const { body } = await request<List>(
    baseUrl,
    'GET',
    `/api/${collection}?where[edition][equals]=${edition.id}${where}&limit=0&depth=0&draft=true`,
    { headers: admin },
  )
  return body.docs
}

beforeAll(async () => {
  admin = await login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
  const created = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/editions', {
    headers: admin,
    body: { name: `SyntaGen ${YEAR}`, year: YEAR, conference: 'CVPR', timeZone: 'America/Chicago', _status: 'published' },
  })
  expect(created.status).toBe(201)
  edition = created.body.doc
  const email = `importer-${Date.now()}@syntagen.test`
  await request(baseUrl, 'POST', '/api/users', {
    headers: admin,
    body: { email, password: 'editor-password-123', roles: ['editor'] },
  })
  editor = await login(baseUrl, email, 'editor-password-123')
})

afterAll(async () => {
  for (const collection of ['sessions', 'papers', 'speakers', 'organizers', 'important-dates']) {
    for (const doc of await docsOf(collection)) await request(baseUrl, 'DELETE', `/api/${collection}/${doc.id}`, { headers: admin })
  }
  if (edition) await request(baseUrl, 'DELETE', `/api/editions/${edition.id}`, { headers: admin })
})

describe('who may import and export', () => {
  it('answers 401 without a login, and nothing is written', async () => {
    const anonymous = await importFile('papers', 'title,authors\nAnonymous paper,A\n', { headers: {} })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.message).toMatch(/Sign in/)
    const exported = await fetch(`${baseUrl}/api/papers/export?edition=${YEAR}`)
    expect(exported.status).toBe(401)
    expect(await docsOf('papers')).toHaveLength(0)
  })

  it('lets an editor import', async () => {
    const { status, body } = await importFile('organizers', 'name,role\nEditor Imported,volunteer\n', { headers: editor })
    expect(status).toBe(200)
    expect(body.created).toBe(1)
  })
})

describe('bad input is refused with a message, never a server error', () => {
  it.each([
    ['a body that is neither CSV nor JSON', 'GIF89a', 'image/gif', 400, /text\/csv or application\/json/],
    ['JSON that does not parse', '[{"title": ', 'application/json', 400, /not valid JSON/],
    ['JSON that is not a list', '{"title":"x"}', 'application/json', 400, /list of objects/],
    ['an empty file', '', 'text/csv', 400, /empty/],
    ['a header without rows', 'title,authors\n', 'text/csv', 400, /no rows/],
  ])('%s', async (_name, body, type, status, message) => {
    const response = await importFile('papers', body, { type })
    expect(response.status).toBe(status)
    expect(response.body.message).toMatch(message)
  })

  it('an unknown edition', async () => {
    const response = await importFile('papers', 'title,authors\nA,B\n', { query: 'edition=1999' })
    expect(response.status).toBe(422)
    expect(response.body.message).toMatch(/no edition 1999/)
  })

  it('a file larger than the limit', async () => {
    const big = `title,authors,abstract\n${`Big,A,${'x'.repeat(1000)}\n`.repeat(11 * 1024)}`
    const response = await importFile('papers', big)
    // Refused by its Content-Length before a byte is read (src/lib/http), with the same word as the import's own check.
    expect(response.status).toBe(413)
    expect(JSON.stringify(response.body)).toMatch(/larger than/)
  })

  it('text that is not UTF-8', async () => {
    const response = await fetch(`${baseUrl}/api/papers/import?edition=${YEAR}`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { message: string }).message).toMatch(/UTF-8/)
  })

  it('OpenReview notes sent to a collection other than papers', async () => {
    const response = await importFile('speakers', fixture('openreview-notes.json'), {
      type: 'application/json',
      query: `edition=${YEAR}&format=openreview`,
    })
    expect(response.status).toBe(400)
  })
})

describe('the edition of each row', () => {
  it('is the edition column, else ?edition=, else the current edition', async () => {
    const file = `name,edition\nIn The Column,${YEAR}\nIn No Column,\nIn A Missing Year,1999\n`
    const current = await importFile('organizers', file, { query: 'dryRun=1' })
    expect(current.status).toBe(200)
    expect(current.body.rows.map((row) => [row.row, row.action, row.edition])).toEqual([
      [2, 'create', YEAR],
      [3, 'create', 2025],
      [4, 'error', undefined],
    ])
    expect(current.body.errors).toEqual([{ row: 4, field: 'edition', message: expect.stringContaining('no edition "1999"') }])
    const named = await importFile('organizers', file, { query: 'dryRun=1&edition=2024' })
    expect(named.body.rows.map((row) => row.edition)).toEqual([YEAR, 2024, undefined])
  })
})

describe('papers from CSV', () => {
  const csv = [
    'title,authors,author1,author2,openReviewId,presentation,pdf',
    'Semicolon Authors,"Ada Lovelace; Grace Hopper; Alan Turing",,,,oral,https://example.org/a.pdf',
    'Comma Authors,"Ada Lovelace, Grace Hopper",,,CommaPaper1,Poster,',
    'Column Authors,,Katherine Johnson,Dorothy Vaughan,,spotlight,',
  ].join('\n')

  it('previews without writing anything', async () => {
    const { status, body } = await importFile('papers', csv, { query: `edition=${YEAR}&dryRun=1` })
    expect(status).toBe(200)
    expect(body).toMatchObject({ dryRun: true, created: 3, updated: 0, unchanged: 0, errors: [] })
    expect(body.rows.map((row) => row.action)).toEqual(['create', 'create', 'create'])
    expect(await docsOf('papers')).toHaveLength(0)
  })

  it('imports the rows, reading every author format, then finds them unchanged', async () => {
    const first = await importFile('papers', csv)
    expect(first.body).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: [] })
    const papers = await docsOf('papers', '&sort=title')
    const authors = (doc: Doc | undefined) => (doc?.authors as { name: string }[]).map((author) => author.name)
    const byTitle = new Map(papers.map((doc) => [doc.title, doc]))
    expect(authors(byTitle.get('Semicolon Authors'))).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing'])
    expect(authors(byTitle.get('Comma Authors'))).toEqual(['Ada Lovelace', 'Grace Hopper'])
    expect(authors(byTitle.get('Column Authors'))).toEqual(['Katherine Johnson', 'Dorothy Vaughan'])
    expect(byTitle.get('Comma Authors')?.presentation).toBe('poster')
    expect(byTitle.get('Semicolon Authors')?.slug).toBe('semicolon-authors')
    // New records are drafts unless the file or the request says otherwise.
    expect(byTitle.get('Semicolon Authors')?._status).toBe('draft')

    const again = await importFile('papers', csv)
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] })
    expect(await docsOf('papers')).toHaveLength(3)
  })

  it('reads a file with a byte-order mark the same way', async () => {
    const { body } = await importFile('papers', `\uFEFF${csv}`)
    expect(body).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] })
  })

  it('matches on the OpenReview id first, then on the slug', async () => {
    const byId = await importFile('papers', 'openReviewId,title,slug\nCommaPaper1,Comma Authors Revised,comma-authors-revised\n')
    expect(byId.body).toMatchObject({ created: 0, updated: 1, errors: [] })
    const bySlug = await importFile('papers', 'slug,track\ncomma-authors-revised,short\n')
    expect(bySlug.body).toMatchObject({ created: 0, updated: 1, errors: [] })
    const revised = (await docsOf('papers', '&where[openReviewId][equals]=CommaPaper1'))[0]
    expect(revised).toMatchObject({ title: 'Comma Authors Revised', slug: 'comma-authors-revised', track: 'short' })
    expect(await docsOf('papers')).toHaveLength(3)
  })

  it('writes nothing of a row with an error, reports it by row number, and imports the others', async () => {
    const file = [
      'title,authors,pdf,presentation',
      'Good Paper One,Ada,,poster',
      'Broken Link Paper,Grace,not a link,poster',
      'Good Paper Two,Alan,,keynote',
      'Good Paper Three,Katherine,,oral',
    ].join('\n')
    const { status, body } = await importFile('papers', file)
    expect(status).toBe(200)
    expect(body.created).toBe(2)
    expect(body.errors).toEqual([
      { row: 3, field: 'pdf', message: expect.stringContaining('"not a link" is not a web address') },
      { row: 4, field: 'presentation', message: '"keynote" is not one of: oral, spotlight, poster.' },
    ])
    const titles = (await docsOf('papers')).map((doc) => doc.title)
    expect(titles).toContain('Good Paper One')
    expect(titles).toContain('Good Paper Three')
    expect(titles).not.toContain('Broken Link Paper')
    expect(titles).not.toContain('Good Paper Two')
  })

  it('refuses a file that imports one paper twice', async () => {
    const { body } = await importFile('papers', 'title,authors\nTwice,A\nTwice,B\n')
    expect(body.created).toBe(1)
    expect(body.errors).toEqual([{ row: 3, field: 'slug', message: expect.stringContaining('Row 2 has the same slug') }])
  })
})

describe('OpenReview notes', () => {
  it('imports accepted papers with their orals, spotlights and posters, then updates without duplicating', async () => {
    const query = `edition=${YEAR}&format=openreview`
    const type = 'application/json'
    const first = await importFile('papers', fixture('openreview-notes.json'), { query, type })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ created: 5, updated: 0, unchanged: 0, errors: [] })

    const imported = await docsOf('papers', '&where[openReviewId][exists]=true&where[openReviewId][not_equals]=CommaPaper1')
    const byId = new Map(imported.map((doc) => [doc.openReviewId, doc]))
    expect(imported).toHaveLength(5)
    expect([...byId].filter(([, doc]) => doc.presentation === 'oral').map(([id]) => id).sort()).toEqual(['GenDet3xKp', 'SynthSeg7aQ'])
    expect(byId.get('Zero3Dk9Lm')?.presentation).toBe('spotlight')
    expect([...byId].filter(([, doc]) => doc.presentation === 'poster').map(([id]) => id).sort()).toEqual(['PosterA1b2', 'PosterC3d4'])
    const first0 = byId.get('SynthSeg7aQ')
    expect((first0?.authors as { name: string }[]).map((author) => author.name)).toEqual(['Minh Anh Nguyen', 'Sofía Ramírez', 'Jonas Weber'])
    expect(first0?.links).toMatchObject({
      openReview: 'https://openreview.net/forum?id=SynthSeg7aQ',
      pdf: expect.stringMatching(/^https:\/\/openreview\.net\/pdf\//),
    })
    expect(String(first0?.abstract)).toMatch(/^We study diffusion Priors for Synthetic Segmentation Data\. /)

    const again = await importFile('papers', fixture('openreview-notes.json'), { query, type })
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 5 })

    const revised = await importFile('papers', fixture('openreview-notes-revised.json'), { query, type })
    expect(revised.body).toMatchObject({ created: 0, updated: 1, unchanged: 4, errors: [] })
    const promoted = (await docsOf('papers', '&where[openReviewId][equals]=PosterA1b2'))
    expect(promoted).toHaveLength(1)
    expect(promoted[0]).toMatchObject({ presentation: 'oral', title: 'A Benchmark of Synthetic Pedestrians at Night' })
  })
})

describe('speakers, organizers, sessions and important dates', () => {
  it('imports speakers from JSON, published on request, with affiliations by name', async () => {
    const speakers = [
      { name: 'Zoe Keynote', affiliation: 'Imported Institute', role: 'keynote', homepage: 'https://example.org/zoe', bio: 'One.\n\nTwo.' },
      { name: 'Yann Panel', slug: 'yann-panel', role: 'Panelist', order: 2 },
    ]
    const { body } = await importFile('speakers', JSON.stringify(speakers), {
      type: 'application/json',
      query: `edition=${YEAR}&status=published`,
    })
    expect(body).toMatchObject({ created: 2, errors: [] })
    const visible = await request<List>(baseUrl, 'GET', `/api/speakers?where[edition][equals]=${edition.id}&depth=1&sort=order`)
    expect(visible.body.docs.map((doc) => doc.name)).toEqual(['Zoe Keynote', 'Yann Panel'])
    expect((visible.body.docs[0]?.affiliation as Doc).name).toBe('Imported Institute')
    expect(visible.body.docs[1]?.role).toBe('panelist')
  })

  it('writes nothing of a row whose error is found while saving (sessions in one room at once)', async () => {
    const file = [
      'title,kind,start,durationMinutes,room,speakers,papers',
      'Keynote: Zoe,invited-talk,2031-06-11 09:00,30,Hall A,zoe-keynote,',
      'Clashing talk,invited-talk,2031-06-11 09:15,30,Hall A,yann-panel,',
      'Orals,oral,2031-06-11 09:30,45,Hall A,,SynthSeg7aQ; GenDet3xKp; semicolon-authors',
    ].join('\n')
    const { body } = await importFile('sessions', file)
    expect(body.created).toBe(2)
    expect(body.errors).toHaveLength(1)
    expect(body.errors[0]).toMatchObject({ row: 3, field: 'start', message: expect.stringContaining('overlaps "Keynote: Zoe"') })

    const sessions = await docsOf('sessions', '&sort=start')
    expect(sessions.map((doc) => doc.title)).toEqual(['Keynote: Zoe', 'Orals'])
    // 09:00 at a Chicago venue in June is 14:00 UTC, whatever the server's zone.
    expect(sessions[0]).toMatchObject({ start: '2031-06-11T14:00:00.000Z', start_tz: 'America/Chicago' })
    const speakers = await docsOf('speakers')
    expect(sessions[0]?.speakers).toEqual([speakers.find((doc) => doc.slug === 'zoe-keynote')?.id])
    const papers = await docsOf('papers')
    const idOf = (find: (doc: Doc) => boolean) => papers.find(find)?.id
    expect(sessions[1]?.papers).toEqual([
      idOf((doc) => doc.openReviewId === 'SynthSeg7aQ'),
      idOf((doc) => doc.openReviewId === 'GenDet3xKp'),
      idOf((doc) => doc.slug === 'semicolon-authors'),
    ])
  })

  it('reports a session that references an unknown speaker, and writes nothing of it', async () => {
    const { body } = await importFile('sessions', 'title,start,durationMinutes,speakers\nGhost talk,2031-06-11 13:00,20,nobody-here\n')
    expect(body.created).toBe(0)
    expect(body.errors).toEqual([
      { row: 2, field: 'speakers', message: `No speaker with the slug or OpenReview id "nobody-here" in SyntaGen ${YEAR}.` },
    ])
  })

  it('reads each important date in its read-as rule', async () => {
    const file = [
      'label,kind,readAs,timeZone,due,showTime',
      'Submission deadline,submission,aoe,,2031-03-07 23:59,yes',
      'Notification,notification,zone,America/Los_Angeles,2031-03-31 17:00,yes',
      'Workshop,workshop,venue,,2031-06-11 08:30,no',
      'Camera-ready,camera-ready,zone,,2031-04-14 23:59,yes',
    ].join('\n')
    const { body } = await importFile('important-dates', file)
    expect(body.created).toBe(3)
    expect(body.errors).toEqual([{ row: 5, field: 'timeZone', message: expect.stringContaining('needs its zone') }])
    const dates = new Map((await docsOf('important-dates')).map((doc) => [doc.label, doc]))
    expect(dates.get('Submission deadline')).toMatchObject({ due: '2031-03-08T11:59:00.000Z', due_tz: 'Etc/GMT+12' })
    expect(dates.get('Notification')).toMatchObject({ due: '2031-04-01T00:00:00.000Z', due_tz: 'America/Los_Angeles' })
    expect(dates.get('Workshop')).toMatchObject({ due: '2031-06-11T13:30:00.000Z', showTime: false })
  })

  it('imports organizers with the editor-imported one matched by its slug', async () => {
    const { body } = await importFile('organizers', 'name,slug,affiliation,order\nEditor Imported,editor-imported,Imported Institute,1\nNew Organizer,,,2\n')
    expect(body).toMatchObject({ created: 1, updated: 1, errors: [] })
  })
})

describe('an export imports back to the same state', () => {
  const collections = ['papers', 'speakers', 'organizers', 'sessions', 'important-dates'] as const

  it.each(collections)('%s, as CSV and as JSON', async (collection) => {
    const total = (await docsOf(collection)).length
    expect(total).toBeGreaterThan(0)
    for (const format of ['csv', 'json'] as const) {
      const file = await exportFile(collection, format)
      const { status, body } = await importFile(collection, file, {
        type: format === 'csv' ? 'text/csv' : 'application/json',
      })
      expect(status).toBe(200)
      expect(body).toMatchObject({ created: 0, updated: 0, unchanged: total, errors: [] })
    }
  })

  // The seed has no papers; its speakers' bios carry links and emphasis, which a plain-text bio must not count as a change.
  it.each(collections.filter((collection) => collection !== 'papers'))('the seeded 2024 %s, as CSV (a dry run)', async (collection) => {
    const file = await exportFile(collection, 'csv', 2024)
    const { body } = await importFile(collection, file, { query: 'edition=2024&dryRun=1' })
    expect(body.errors).toEqual([])
    expect(body.created + body.updated).toBe(0)
    expect(body.unchanged).toBeGreaterThan(0)
  })

  it('an edited export updates only the rows that changed', async () => {
    const file = await exportFile('sessions', 'csv')
    const edited = file.replace('Keynote: Zoe', 'Keynote: Zoe (moved)')
    const { body } = await importFile('sessions', edited)
    expect(body).toMatchObject({ created: 0, updated: 1, errors: [] })
  })
})
