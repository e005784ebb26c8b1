import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { PLACEHOLDER_HOST } from '../../src/lib/origin'
import { adminHeaders, request } from '../helpers/api'
import { freePort, type RunningServer, startServer } from '../helpers/server'

/**
 * Absolute links (issue 9, "Addresses"): with PUBLIC_URL unset they name the address each request
 * came to, forwarded headers counting only from a proxy TRUST_PROXY trusts; with it set, PUBLIC_URL.
 * Pages are rendered (and cached) once with a placeholder origin, which the server writes over.
 */

const databaseUrl = inject('databaseUrl')
const sharedBaseUrl = inject('baseUrl')

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; text: string }

/** A GET with any Host header (fetch will not send one of its own choosing), decoded. */
function get(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, baseUrl)
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers: { 'accept-encoding': 'br, gzip', ...headers } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = response.headers['content-encoding']
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: body.toString() })
      })
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
const ogUrlOf = (html: string) => /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1]

/** The page cache records after the response is sent: ask until it answers. */
async function untilCached(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  for (let i = 0; i < 50; i++) {
    const answer = await get(baseUrl, path, headers)
    if (answer.headers['x-page-cache'] === 'HIT') return answer
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${path} never came from the page cache`)
}

describe('with PUBLIC_URL unset, links name the address the request came to', () => {
  let server: RunningServer
  let origin: string
  let paperId: string | undefined

  beforeAll(async () => {
    const port = await freePort()
    // TRUST_PROXY=false: no proxy in front, so X-Forwarded-* are a client's claims and count for nothing.
    server = await startServer({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'integration-tests-only',
      PORT: String(port),
      PUBLIC_URL: '',
      TRUST_PROXY: 'false',
      ALLOWED_HOSTS: '127.0.0.1, localhost, portal.example',
    })
    origin = `http://127.0.0.1:${port}`
    const editions = await request<{ docs: { id: string }[] }>(server.baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
    const created = await request<{ doc: { id: string } }>(server.baseUrl, 'POST', '/api/papers', {
      body: { title: 'Origins of links', slug: 'origins-of-links', authors: [{ name: 'Ada Host' }], edition: editions.body.docs[0]?.id, _status: 'published' },
      headers: await adminHeaders(server.baseUrl),
    })
    expect(created.status).toBe(201)
    paperId = created.body.doc.id
  })

  afterAll(async () => {
    if (paperId) await request(server.baseUrl, 'DELETE', `/api/papers/${paperId}`, { headers: await adminHeaders(server.baseUrl) })
    await server?.stop('SIGKILL')
  })

  it('writes canonical, OpenGraph and JSON-LD URLs with the request origin', async () => {
    const { text } = await get(server.baseUrl, '/2024')
    expect(canonicalOf(text)).toBe(`${origin}/2024`)
    expect(ogUrlOf(text)).toBe(`${origin}/2024`)
    expect(text).toContain(`"url":"${origin}/2024"`)
    expect(text).not.toContain(PLACEHOLDER_HOST)
  })

  it('writes the sitemap, robots.txt, BibTeX and calendars with it', async () => {
    const sitemap = await get(server.baseUrl, '/sitemap.xml')
    expect(sitemap.text).toContain(`<loc>${origin}/2024</loc>`)
    const robots = await get(server.baseUrl, '/robots.txt')
    expect(robots.text).toContain(`Sitemap: ${origin}/sitemap.xml`)
    const bibtex = await get(server.baseUrl, '/papers.bib')
    expect(bibtex.text).toMatch(new RegExp(`\\burl\\s*= \\{${escapeRegExp(origin)}/papers/origins-of-links\\}`))
    const ics = await get(server.baseUrl, '/schedule.ics?year=2024')
    expect(ics.text).toMatch(new RegExp(`\\nURL(?:;[^:]*)?:${escapeRegExp(origin)}/2024#session-`))
    const schedule = await get(server.baseUrl, '/2024/schedule')
    expect(schedule.text).toContain(`href="webcal://127.0.0.1:${origin.split(':')[2]}/schedule.ics?year=2024"`)
    // Unfolded first: a calendar folds long lines, which could split a placeholder.
    for (const answer of [sitemap, robots, bibtex, ics, schedule]) expect(answer.text.replace(/\r\n[ \t]/g, '')).not.toContain(PLACEHOLDER_HOST)
    expect(ics.text.replace(/\r\n[ \t]/g, '')).toMatch(new RegExp(`DESCRIPTION:[^\r]*${escapeRegExp(origin)}/2024#session-`))
  })

  it('keeps exact lengths for uncompressed answers', async () => {
    const answer = await get(server.baseUrl, '/papers.bib', { 'accept-encoding': 'identity' })
    expect(answer.headers['content-encoding']).toBeUndefined()
    if (answer.headers['content-length'] !== undefined) expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.text))
    expect(answer.text).toContain(origin)
  })

  it('ignores X-Forwarded-* when TRUST_PROXY does not trust the client', async () => {
    const { text } = await get(server.baseUrl, '/2024', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'forged.example' })
    expect(canonicalOf(text)).toBe(`${origin}/2024`)
    expect(text).not.toContain('forged.example')
  })

  it('never reflects a malformed Host header', async () => {
    const port = origin.split(':')[2]
    for (const host of ['evil.example"><script>alert(1)</script>', 'evil.example/path', 'user@evil.example']) {
      const answer = await get(server.baseUrl, '/2024', { host })
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toContain('evil.example')
      if (answer.status === 200) expect(canonicalOf(answer.text)).toBe(`http://localhost:${port}/2024`)
    }
  })

  it('reflects only the hosts ALLOWED_HOSTS lists', async () => {
    const port = origin.split(':')[2]
    expect(canonicalOf((await get(server.baseUrl, '/2024', { host: 'portal.example' })).text)).toBe('http://portal.example/2024')
    const foreign = await get(server.baseUrl, '/2024', { host: 'attacker.example' })
    expect(canonicalOf(foreign.text)).toBe(`http://localhost:${port}/2024`)
    expect(foreign.text).not.toContain('attacker.example')
  })

  it('serves one cached copy of a page to two hosts, each with its own links', async () => {
    const port = origin.split(':')[2]
    const first = await untilCached(server.baseUrl, '/2024/schedule')
    expect(canonicalOf(first.text)).toBe(`${origin}/2024/schedule`)
    // Another name for the same server: answered from the same cached page, with its own origin.
    const other = await get(server.baseUrl, '/2024/schedule', { host: `localhost:${port}` })
    expect(other.headers['x-page-cache']).toBe('HIT')
    expect(canonicalOf(other.text)).toBe(`http://localhost:${port}/2024/schedule`)
    expect(other.text).toContain(`webcal://localhost:${port}/schedule.ics`)
    expect(other.text).not.toContain(`127.0.0.1:${port}`)
    const plain = await get(server.baseUrl, '/2024/schedule', { host: `localhost:${port}`, 'accept-encoding': 'identity' })
    expect(plain.headers['x-page-cache']).toBe('HIT')
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text))
    expect(canonicalOf(plain.text)).toBe(`http://localhost:${port}/2024/schedule`)
    const again = await get(server.baseUrl, '/2024/schedule')
    expect(again.headers['x-page-cache']).toBe('HIT')
    expect(canonicalOf(again.text)).toBe(`${origin}/2024/schedule`)
  })
})

describe('behind a trusted proxy', () => {
  // The shared test server: PUBLIC_URL unset, TRUST_PROXY at its default (loopback), as behind nginx.
  it('takes the scheme and host from X-Forwarded-Proto and X-Forwarded-Host', async () => {
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'portal.example' }
    const page = await get(sharedBaseUrl, '/2024/schedule', headers)
    expect(canonicalOf(page.text)).toBe('https://portal.example/2024/schedule')
    expect(page.text).toContain('webcal://portal.example/schedule.ics?year=2024')
    const robots = await get(sharedBaseUrl, '/robots.txt', headers)
    expect(robots.text).toContain('Sitemap: https://portal.example/sitemap.xml')
  })
})

describe('with PUBLIC_URL set', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'integration-tests-only',
      PUBLIC_URL: 'https://syntagen.example/',
    })
  })

  afterAll(async () => {
    await server?.stop('SIGKILL')
  })

  it('uses PUBLIC_URL whatever the request says', async () => {
    const headers = { host: 'other.example', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'forged.example' }
    const page = await get(server.baseUrl, '/2024/schedule', headers)
    expect(canonicalOf(page.text)).toBe('https://syntagen.example/2024/schedule')
    expect(page.text).toContain('webcal://syntagen.example/schedule.ics?year=2024')
    const sitemap = await get(server.baseUrl, '/sitemap.xml', headers)
    expect(sitemap.text).toContain('<loc>https://syntagen.example/2024</loc>')
    for (const answer of [page, sitemap]) {
      expect(answer.text).not.toContain('other.example')
      expect(answer.text).not.toContain('forged.example')
      expect(answer.text).not.toContain(PLACEHOLDER_HOST)
    }
  })
})
