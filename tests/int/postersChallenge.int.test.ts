/**
 * Posters and the challenge (issue 9): a paper's poster board is unique within its edition and
 * shown where a visitor looks for it; an edition's challenge results go in over REST and come out
 * as an accessible table, by place. The seed's 2024 challenge has no results (the workshop's page
 * gives none), so these tests enter some and take them out again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, graphql, request } from '../helpers/api'

const baseUrl = inject('baseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }
type ResultRow = { place: number; team: string; affiliation?: string; metric?: string; score?: string; prize?: string }

let admin: Record<string, string>
let edition2024: Doc
let edition2025: Doc
let posterSession: Doc
const created: { collection: string; id: string }[] = []

async function html(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${path}`)
  return { status: response.status, text: (await response.text()).replaceAll('<!-- -->', '') }
}

async function create(collection: string, data: Record<string, unknown>): Promise<Doc> {
  const { status, body } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}`, {
    body: { _status: 'published', ...data },
    headers: admin,
  })
  if (status !== 201) throw new Error(`creating a ${collection} answered ${status}: ${JSON.stringify(body)}`)
  created.push({ collection, id: body.doc.id })
  return body.doc
}

function paper(title: string, edition: Doc, posterBoard?: string): Record<string, unknown> {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { title, slug, authors: [{ name: 'Ada Lovelace' }], edition: edition.id, presentation: 'poster', posterBoard }
}

async function setChallengeResults(results: ResultRow[]) {
  return request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/editions/${edition2024.id}`, {
    headers: admin,
    body: { challenge: { results }, _status: 'published' },
  })
}

const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '').trim()

/** The challenge table's caption, column headers and rows (cells as text), from the page's HTML. */
function challengeTable(page: string) {
  const table = /<table class="challenge-results">([\s\S]*?)<\/table>/.exec(page)?.[1]
  if (!table) return undefined
  const caption = text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1] ?? '')
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? ''
  const columns = [...head.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map((match) => text(match[1] ?? ''))
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? ''
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)].map((cell) => ({
      tag: `${cell[1]}${/scope="row"/.test(cell[2] ?? '') ? '[row]' : ''}`,
      text: text(cell[3] ?? ''),
    })),
  )
  return { caption, columns, rows }
}

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const editions = await request<List>(baseUrl, 'GET', '/api/editions?where[year][in]=2024,2025&depth=0&limit=2')
  edition2024 = editions.body.docs.find((doc) => doc.year === 2024)!
  edition2025 = editions.body.docs.find((doc) => doc.year === 2025)!
  const sessions = await request<List>(
    baseUrl,
    'GET',
    `/api/sessions?where[edition][equals]=${edition2024.id}&where[kind][equals]=poster-session&depth=0`,
  )
  posterSession = sessions.body.docs[0]!
})

afterAll(async () => {
  await request(baseUrl, 'PATCH', `/api/sessions/${posterSession.id}`, { headers: admin, body: { papers: [], _status: 'published' } })
  await setChallengeResults([])
  for (const { collection, id } of created.reverse()) await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers: admin })
})

describe('poster boards', () => {
  let first: Doc

  beforeAll(async () => {
    first = await create('papers', paper('Boards of synthetic scenes', edition2024, ' p-10 '))
  })

  it('stores a board as it reads on the easel, trimmed and upper-cased, and exposes it over REST and GraphQL', async () => {
    expect(first.posterBoard).toBe('P-10')
    const read = await request<Doc>(baseUrl, 'GET', `/api/papers/${first.id}?depth=0`)
    expect(read.body.posterBoard).toBe('P-10')
    const query = await graphql<{ Papers: { docs: { title: string; posterBoard: string | null }[] } }>(
      baseUrl,
      'query($board: String) { Papers(where: { posterBoard: { equals: $board } }) { docs { title posterBoard } } }',
      { board: 'P-10' },
    )
    expect(query.body.errors).toBeUndefined()
    expect(query.body.data?.Papers.docs).toEqual([{ title: 'Boards of synthetic scenes', posterBoard: 'P-10' }])
  })

  it('refuses a second paper on the same board of the same edition, whatever its case, with a 400 that says why', async () => {
    const duplicate = await request(baseUrl, 'POST', '/api/papers', {
      headers: admin,
      body: { ...paper('Another poster on P-10', edition2024, 'p-10'), _status: 'published' },
    })
    expect(duplicate.status).toBe(400)
    const body = JSON.stringify(duplicate.body)
    expect(body).toContain('Another paper in this edition is already on poster board \\"P-10\\".')
    expect(body).toMatch(/"path":"posterBoard"/)

    // Moving another paper onto the board is refused the same way; its own board may be re-saved.
    const second = await create('papers', paper('Boards of synthetic faces', edition2024, 'P-2'))
    const moved = await request(baseUrl, 'PATCH', `/api/papers/${second.id}`, { headers: admin, body: { posterBoard: 'P-10' } })
    expect(moved.status).toBe(400)
    expect(JSON.stringify(moved.body)).toContain('already on poster board')
    const kept = await request<{ doc: Doc }>(baseUrl, 'PATCH', `/api/papers/${second.id}`, { headers: admin, body: { posterBoard: 'P-2' } })
    expect(kept.status).toBe(200)
  })

  it('allows the same board in another edition, and no board at all on many papers', async () => {
    const elsewhere = await create('papers', paper('Boards in the current edition', edition2025, 'P-10'))
    expect(elsewhere.posterBoard).toBe('P-10')
    await request(baseUrl, 'DELETE', `/api/papers/${elsewhere.id}`, { headers: admin })
    const none1 = await create('papers', paper('Boardless one', edition2024))
    const none2 = await create('papers', paper('Boardless two', edition2024, '  '))
    expect([none1.posterBoard ?? null, none2.posterBoard ?? null]).toEqual([null, null])
  })

  it('refuses a label that is not a board, with a 400 that shows one', async () => {
    for (const board of ['P--10', 'board #7', 'POSTER-BOARD-123']) {
      const bad = await request(baseUrl, 'POST', '/api/papers', {
        headers: admin,
        body: { ...paper(`Bad board ${board}`, edition2024, board), _status: 'published' },
      })
      expect(bad.status, board).toBe(400)
      expect(JSON.stringify(bad.body), board).toMatch(/is not a poster board|at most 12 characters/)
    }
  })

  it('does not copy the board when a paper is duplicated', async () => {
    const copy = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/papers/${first.id}/duplicate`, { headers: admin, body: {} })
    expect(copy.status).toBe(200)
    created.push({ collection: 'papers', id: copy.body.doc.id })
    expect(copy.body.doc.posterBoard ?? null).toBeNull()
  })

  it('imports boards from a CSV column, and reports a board already taken as a row error, not a failure', async () => {
    type Report = { created: number; errors: { row: number; message: string }[]; rows: { row: number; action: string; id?: string }[] }
    const importCsv = (csv: string) =>
      request<Report>(baseUrl, 'POST', '/api/papers/import?edition=2024', {
        rawBody: csv,
        headers: { ...admin, 'content-type': 'text/csv' },
      })
    const first = await importCsv('title,authors,posterBoard\nImported board one,Ada Lovelace,p-20\nImported board two,Ada Lovelace,P-21\n')
    expect(first.status).toBe(200)
    for (const row of first.body.rows) if (row.id) created.push({ collection: 'papers', id: row.id })
    expect(first.body).toMatchObject({ created: 2, errors: [] })
    const imported = await request<List>(
      baseUrl,
      'GET',
      `/api/papers?where[edition][equals]=${edition2024.id}&where[title][like]=Imported board&depth=0&draft=true&sort=title`,
      { headers: admin },
    )
    expect(imported.body.docs.map((doc) => doc.posterBoard)).toEqual(['P-20', 'P-21'])

    const taken = await importCsv('title,authors,board\nImported board three,Ada Lovelace,P-10\n')
    expect(taken.status).toBe(200)
    for (const row of taken.body.rows) if (row.id) created.push({ collection: 'papers', id: row.id })
    expect(taken.body.created).toBe(0)
    expect(JSON.stringify(taken.body.errors)).toContain('already on poster board')
  })

  it('shows the board on the paper, in the papers list, and in the poster session in board order', async () => {
    const papers = await request<List>(
      baseUrl,
      'GET',
      `/api/papers?where[edition][equals]=${edition2024.id}&where[posterBoard][exists]=true&depth=0&sort=title`,
    )
    const ids = papers.body.docs.map((doc) => doc.id)
    expect(papers.body.docs.map((doc) => doc.posterBoard)).toEqual(['P-2', 'P-10'])
    const linked = await request(baseUrl, 'PATCH', `/api/sessions/${posterSession.id}`, {
      headers: admin,
      body: { papers: ids, _status: 'published' },
    })
    expect(linked.status).toBe(200)

    const page = await html('/2024/papers/boards-of-synthetic-scenes')
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/Poster board <span class="poster-board-label">P-10<\/span>/)

    const list = await html('/2024/papers')
    const card = /<article class="paper-card">(?:(?!<\/article>)[\s\S])*Boards of synthetic faces[\s\S]*?<\/article>/.exec(list.text)?.[0]
    expect(card).toMatch(/Poster board <span class="poster-board-label">P-2<\/span>/)

    const schedule = await html('/2024/schedule')
    // The poster session's own row: other test files may link papers to other 2024 sessions.
    const row = new RegExp(`<tr id="session-${posterSession.id}"[\\s\\S]*?</tr>`).exec(schedule.text)?.[0] ?? ''
    const session = /<ul class="session-papers">([\s\S]*?)<\/ul>/.exec(row)?.[1] ?? ''
    const boards = [...session.matchAll(/<li>[\s\S]*?<a [^>]*>([^<]*)<\/a>[\s\S]*?poster-board-label">([^<]*)</g)].map((match) => [
      match[1],
      match[2],
    ])
    // P-2 before P-10: the order a visitor walks the boards in, not the order of the titles.
    expect(boards).toEqual([
      ['Boards of synthetic faces', 'P-2'],
      ['Boards of synthetic scenes', 'P-10'],
    ])
  })
})

describe('the challenge', () => {
  const RESULTS: ResultRow[] = [
    { place: 3, team: 'Int Team Cobalt', affiliation: 'Example Lab', metric: 'mIoU', score: '38.05' },
    { place: 1, team: 'Int Team Aurora', affiliation: 'Example University', metric: 'mIoU', score: '47.30', prize: 'Winner’s talk' },
    { place: 2, team: 'Int Team Birch', metric: 'mIoU', score: '41.20' },
  ]

  it('seeds the 2024 challenge from the workshop page: a title and description, no results', async () => {
    const { body } = await request<Doc>(baseUrl, 'GET', `/api/editions/${edition2024.id}?depth=0`)
    const challenge = body.challenge as { title: string; results: unknown[]; link?: string | null }
    expect(challenge.title).toBe('SyntaGen 2024 Competition')
    expect(challenge.results).toEqual([])
    expect(challenge.link ?? null).toBeNull()
  })

  it('takes results over REST, keeps them as entered and exposes them over GraphQL', async () => {
    const saved = await setChallengeResults(RESULTS)
    expect(saved.status).toBe(200)
    const { body } = await request<Doc>(baseUrl, 'GET', `/api/editions/${edition2024.id}?depth=0`)
    const rows = (body.challenge as { results: ResultRow[] }).results
    expect(rows.map(({ place, team, score }) => ({ place, team, score }))).toEqual(
      RESULTS.map(({ place, team, score }) => ({ place, team, score })),
    )
    const query = await graphql<{ Editions: { docs: { challenge: { title: string; results: { place: number; team: string }[] } }[] } }>(
      baseUrl,
      '{ Editions(where: { year: { equals: 2024 } }) { docs { challenge { title results { place team } } } } }',
    )
    expect(query.body.errors).toBeUndefined()
    expect(query.body.data?.Editions.docs[0]?.challenge.results.map((row) => row.team)).toEqual(RESULTS.map((row) => row.team))
  })

  it('refuses a place that is not a whole number from 1, and a row without a team, with 400s', async () => {
    for (const row of [
      { place: 0, team: 'Zero' },
      { place: 1.5, team: 'Half' },
      { place: 1, team: '' },
    ]) {
      const refused = await setChallengeResults([row])
      expect(refused.status, JSON.stringify(row)).toBe(400)
      expect(JSON.stringify(refused.body)).toMatch(/challenge\.results\.0\.(place|team)/)
    }
    const { body } = await request<Doc>(baseUrl, 'GET', `/api/editions/${edition2024.id}?depth=0`)
    expect((body.challenge as { results: ResultRow[] }).results).toHaveLength(RESULTS.length)
  })

  it('renders /2024/challenge with an accessible results table, sorted by place', async () => {
    const page = await html('/2024/challenge')
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/<h1>SyntaGen 2024 Competition<\/h1>/)
    expect(page.text).toContain('winners’ talks')
    // The competition session of the seeded schedule, linked.
    expect(page.text).toMatch(/<a href="\/2024\/schedule#session-[^"]+">Competition session &amp; Winners talks &amp; Oral presentation<\/a>/)
    const table = challengeTable(page.text)
    expect(table?.caption).toBe('SyntaGen 2024 Competition: results, by place')
    expect(table?.columns).toEqual(['Place', 'Team', 'Affiliation', 'Metric', 'Score', 'Prize'])
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['1', 'Int Team Aurora', 'Example University', 'mIoU', '47.30', 'Winner’s talk'],
      ['2', 'Int Team Birch', '', 'mIoU', '41.20', ''],
      ['3', 'Int Team Cobalt', 'Example Lab', 'mIoU', '38.05', ''],
    ])
    // The team names its row.
    expect(table?.rows.every((row) => row[1]?.tag === 'th[row]')).toBe(true)
  })

  it('is a section of the edition page with an anchor in its header; an edition without one has neither', async () => {
    const archive = await html('/2024')
    expect(archive.text).toMatch(/<a href="\/2024#challenge">Challenge<\/a>/)
    expect(archive.text).toMatch(/<section id="challenge"[^>]*>/)
    expect(challengeTable(archive.text)?.rows).toHaveLength(3)

    const home = await html('/')
    expect(home.text).not.toMatch(/#challenge"/)
    expect(home.text).not.toMatch(/<section id="challenge"/)
    expect((await html('/challenge')).status).toBe(404)
    expect((await html('/2025/challenge')).status).toBe(404)
  })

  it('lists the challenge page in the sitemap', async () => {
    const sitemap = await html('/sitemap.xml')
    const paths = [...sitemap.text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)
    expect(paths).toContain('/2024/challenge')
    // The current edition has no challenge: no /challenge.
    expect(paths).not.toContain('/challenge')
  })
})
