/**
 * /papers at scale (issue 9): 10,000 published papers in one edition, inserted in bulk. The listing
 * pages through them at real addresses (/<year>/papers/page/<n>, prerendered and cached; a search
 * is /<year>/papers/search?q=, per request), the database searches titles, authors and abstracts
 * (accents folded), the search endpoint answers the same, and the home page shows only orals and
 * award papers with a link to the full list. Speed is measured in `npm run bench` (bench/papers.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { deletePapers, insertPapers, manyPapers } from '../helpers/bulkPapers'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const PREFIX = 'scale-test-'
const COUNT = 10_000

async function html(path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`)
  expect(response.status, path).toBe(200)
  // React separates adjacent text with <!-- -->; the checks read the text a visitor sees.
  return (await response.text()).replaceAll('<!-- -->', '')
}

const cardsOf = (page: string) =>
  [...page.matchAll(/<h2 class="paper-title"><a href="[^"]*">([^<]+)<\/a>/g)].map((match) => match[1])
const statusOf = (page: string) => /<p role="status" class="paper-count"[^>]*>([^<]+)<\/p>/.exec(page)?.[1]

// An edition of its own, so papers other test files leave in the seeded editions change no count.
let editionId = ''
let admin: Record<string, string> = {}

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const created = await request<{ doc?: { id: string } }>(baseUrl, 'POST', '/api/editions', {
    headers: admin,
    body: { name: 'SyntaGen 2088', year: 2088, conference: 'CVPR', timeZone: 'UTC', _status: 'published' },
  })
  if (!created.body.doc) throw new Error(`could not create the 2088 edition: ${JSON.stringify(created.body)}`)
  editionId = created.body.doc.id
  await insertPapers(databaseUrl, editionId, manyPapers(COUNT, PREFIX))
}, 300_000)

afterAll(async () => {
  await deletePapers(databaseUrl, PREFIX)
  if (editionId) await request(baseUrl, 'DELETE', `/api/editions/${editionId}`, { headers: admin })
})

describe('/2088/papers with 10,000 papers', () => {
  it('shows 50 at a time, awards and orals first, with real links to the other pages', async () => {
    const first = await html('/2088/papers')
    expect(statusOf(first)).toBe('10000 papers, 1–50 shown')
    const titles = cardsOf(first)
    expect(titles).toHaveLength(50)
    // Ten best papers (numbers ending in 001), then the twenty orals (multiples of 500).
    expect(titles.slice(0, 10)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Synthetic data study ${String(k * 1000 + 1).padStart(5, '0')}`),
    )
    expect(titles[10]).toBe('Synthetic data study 00000')
    expect(first).toContain('href="/2088/papers/page/2"')
    expect(first).toContain('Page 1 of 200')

    const last = await html('/2088/papers/page/200')
    expect(cardsOf(last)).toHaveLength(50)
    expect(statusOf(last)).toBe('10000 papers, 9951–10000 shown')
    expect(last).toContain('href="/2088/papers/page/199"')
    expect(last).not.toContain('rel="next"')
    expect(await html('/2088/papers/page/2')).toContain('href="/2088/papers" rel="prev"')
    // Page 1 is /2088/papers itself; past the end, or nonsense, is no page.
    for (const missing of ['/2088/papers/page/201', '/2088/papers/page/1', '/2088/papers/page/abc', '/2088/papers/page/02']) {
      expect((await fetch(`${baseUrl}${missing}`)).status, missing).toBe(404)
    }
  })

  it('keeps listing pages and repeated searches in the page cache, and a publish refreshes them', async () => {
    const cacheOf = async (path: string) => (await fetch(`${baseUrl}${path}`)).headers.get('x-page-cache')
    const listing = '/2088/papers/page/3'
    const search = '/2088/papers/search?q=zeta7x+fresh'
    await html(listing)
    expect(statusOf(await html(search))).toBe('No papers match.')
    await expect.poll(() => cacheOf(listing)).toBe('HIT')
    await expect.poll(() => cacheOf(search)).toBe('HIT')
    // Another query is its own entry, never another search's page.
    expect(statusOf(await html('/2088/papers/search?q=zeta7x'))).toBe('100 papers, 1–50 shown')

    const published = await request<{ doc: { id: string } }>(baseUrl, 'POST', '/api/papers', {
      headers: admin,
      body: { title: 'A fresh zeta7x paper', authors: [{ name: 'Ann' }], edition: editionId, _status: 'published' },
    })
    expect(published.status).toBe(201)
    try {
      expect(statusOf(await html(search))).toBe('1 paper')
      expect(await cacheOf(listing)).not.toBe('HIT')
    } finally {
      await request(baseUrl, 'DELETE', `/api/papers/${published.body.doc.id}`, { headers: admin })
    }
  })

  it('keeps the listing addresses free: a paper cannot take the slug "page" or "search"', async () => {
    const refused = await request<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>(
      baseUrl,
      'POST',
      '/api/papers',
      { headers: admin, body: { title: 'A paper', slug: 'search', authors: [{ name: 'Ann' }], edition: editionId, _status: 'published' } },
    )
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('is taken by the papers listing')
    const made = await request<{ doc: { id: string; slug: string } }>(baseUrl, 'POST', '/api/papers', {
      headers: admin,
      body: { title: 'Page', authors: [{ name: 'Ann' }], edition: editionId, _status: 'draft' },
    })
    expect(made.status).toBe(201)
    expect(made.body.doc.slug).toBe('page-title')
    await request(baseUrl, 'DELETE', `/api/papers/${made.body.doc.id}`, { headers: admin })
  })

  it('searches titles, authors and abstracts on the server, keeping the query in the page links', async () => {
    const byAbstract = await html('/2088/papers/search?q=zeta7x')
    expect(statusOf(byAbstract)).toBe('100 papers, 1–50 shown')
    expect(byAbstract).toContain('href="/2088/papers/search?q=zeta7x&amp;page=2"')
    expect(byAbstract).toContain('action="/2088/papers/search"')
    const secondPage = cardsOf(await html('/2088/papers/search?q=zeta7x&page=2'))
    expect(secondPage).toHaveLength(50)
    expect(secondPage.every((title) => /7$/.test(title ?? ''))).toBe(true)

    // Accents are folded both ways: "tran nguyen" finds "Trần Thị Nguyễn" (every 250th paper).
    expect(statusOf(await html('/2088/papers/search?q=tran+nguyen'))).toBe('40 papers')
    expect(cardsOf(await html('/2088/papers/search?q=study+09999'))).toEqual(['Synthetic data study 09999'])
    expect(statusOf(await html('/2088/papers/search?q=zeta7x&presentation=oral'))).toBe('No papers match.')
    expect(statusOf(await html('/2088/papers/search?award=any'))).toBe('10 papers')
  })

  it('answers the same query as JSON for the search box', async () => {
    const { status, body } = await request<{
      total: number
      page: number
      pages: number
      perPage: number
      papers: { slug: string; title: string }[]
    }>(baseUrl, 'GET', '/papers/search.json?year=2088&q=zeta7x&page=2')
    expect(status).toBe(200)
    expect(body).toMatchObject({ total: 100, page: 2, pages: 2, perPage: 50 })
    expect(body.papers).toHaveLength(50)
    expect((await request(baseUrl, 'GET', '/papers/search.json?year=20x4')).status).toBe(400)
    expect((await request(baseUrl, 'GET', '/papers/search.json?year=1999')).status).toBe(404)
  })

  it('keeps the home page to orals and award papers, linking the full list', async () => {
    const archive = await html('/2088')
    const papersSection = archive.slice(archive.indexOf('id="papers"'), archive.indexOf('id="call-for-papers"'))
    expect([...papersSection.matchAll(/class="paper-title"/g)]).toHaveLength(30)
    expect(papersSection).toContain('All 10000 papers')
    expect(archive.length).toBeLessThan(400_000)
  })
})
