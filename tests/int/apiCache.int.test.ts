import http from 'node:http'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { deletePapers, insertPapers, manyPapers } from '../helpers/bulkPapers'
import { createIntegration, type Integration } from '../helpers/integrations'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')

type Doc = { id: string; [key: string]: unknown }
type List = { docs: Doc[] }

let admin: Record<string, string>
let integration: Integration
let edition: Doc

/** A GET over a given agent's kept-alive connections. */
function rawGet(agent: http.Agent, route: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}${route}`, { agent }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }))
      })
      .on('error', reject)
  })
}

async function get(route: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}${route}`, { headers })
}

/** A query string no other test uses, so admission and hits are counted from zero. */
let counter = 0
function uniqueRoute(base = '/api/speakers?depth=0&limit=50'): string {
  counter += 1
  return `${base}&where[name][not_equals]=cache-test-${Date.now()}-${counter}`
}

async function publishChange(tagline: string): Promise<void> {
  const { status } = await request(baseUrl, 'PATCH', `/api/editions/${edition.id}`, { headers: admin, body: { tagline, _status: 'published' } })
  expect(status).toBe(200)
}

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  integration = await createIntegration(baseUrl, admin, 'Cache tests')
  const editions = await request<List>(baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
  edition = editions.body.docs[0] as Doc
})

describe('conditional requests', () => {
  it('sends an ETag and CDN-friendly Cache-Control on anonymous REST reads, and 304 for a matching If-None-Match', async () => {
    const route = uniqueRoute()
    const first = await get(route)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/"g\d+-/)
    const cacheControl = first.headers.get('cache-control') ?? ''
    expect(cacheControl).toMatch(/\bpublic\b/)
    expect(cacheControl).toMatch(/\bs-maxage=\d+/)
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/)

    const revalidated = await get(route, { 'If-None-Match': etag ?? '' })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
    const other = await get(route, { 'If-None-Match': 'W/"something-else"' })
    expect(other.status).toBe(200)
  })

  it('changes every ETag as soon as anything is published', async () => {
    const route = uniqueRoute('/api/organizers?depth=0&limit=10')
    const before = await get(route)
    const etag = before.headers.get('etag') ?? ''
    expect((await get(route, { 'If-None-Match': etag })).status).toBe(304)
    await publishChange(`Tagline ${Date.now()}`)
    // The organizers did not change, yet a publish anywhere may change what they link to.
    const after = await get(route, { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
  })

  it('answers GraphQL GET queries with an ETag and 304, and refuses mutations over GET', async () => {
    const query = encodeURIComponent('{ Editions(limit: 5, sort: "year") { docs { year name } } }')
    const first = await get(`/api/graphql?query=${query}`)
    expect(first.status).toBe(200)
    const body = (await first.json()) as { data: { Editions: { docs: { year: number }[] } } }
    expect(body.data.Editions.docs.map((doc) => doc.year)).toEqual([2024, 2025])
    const etag = first.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    expect((await get(`/api/graphql?query=${query}`, { 'If-None-Match': etag })).status).toBe(304)

    const mutation = encodeURIComponent('mutation { deleteSpeaker(id: "x") { id } }')
    expect((await get(`/api/graphql?query=${mutation}`)).status).toBe(405)
  })

  it('does the same for the calendar feed', async () => {
    const first = await get('/schedule.ics?year=2025')
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toContain('text/calendar')
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    const etag = first.headers.get('etag') ?? ''
    expect((await get('/schedule.ics?year=2025', { 'If-None-Match': etag })).status).toBe(304)
  })

  it('gives API-key reads the same ETag as anonymous ones, private to the client', async () => {
    const route = uniqueRoute()
    const anonymous = await get(route)
    const withKey = await get(route, integration.headers)
    expect(withKey.status).toBe(200)
    expect(withKey.headers.get('etag')).toBe(anonymous.headers.get('etag'))
    expect(withKey.headers.get('cache-control')).toBe('private, no-cache')
    expect(withKey.headers.get('x-api-cache')).toBeNull()
    const revalidated = await get(route, { ...integration.headers, 'If-None-Match': anonymous.headers.get('etag') ?? '' })
    expect(revalidated.status).toBe(304)
  })
})

describe('the response cache', () => {
  it('stores a URL on its second request and serves the third from memory, whatever the order of the query parameters', async () => {
    const stamp = `${Date.now()}`
    const route = `/api/speakers?depth=0&limit=50&where[name][not_equals]=order-${stamp}`
    const reordered = `/api/speakers?where[name][not_equals]=order-${stamp}&limit=50&depth=0`
    const first = await get(route)
    expect(first.headers.get('x-api-cache')).toBe('MISS')
    expect((await get(reordered)).headers.get('x-api-cache')).toBe('MISS')
    // Storing happens after the response (compression runs off the request path).
    await new Promise((resolve) => setTimeout(resolve, 200))
    const third = await get(route)
    expect(third.headers.get('x-api-cache')).toBe('HIT')
    expect(third.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(await third.json()).toEqual(await first.json())
  })

  it('serves compressed copies to clients that accept them', async () => {
    const route = uniqueRoute()
    await get(route)
    await get(route)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const response = await fetch(`${baseUrl}${route}`, { headers: { 'Accept-Encoding': 'br' } })
    expect(response.headers.get('x-api-cache')).toBe('HIT')
    expect(response.headers.get('content-encoding')).toBe('br')
    const body = (await response.json()) as List
    expect(Array.isArray(body.docs)).toBe(true)
  })

  it('never serves a staff view, and never stores one for visitors', async () => {
    const name = `Cache draft ${Date.now()}`
    const draft = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers?draft=true', {
      headers: admin,
      body: { name, edition: edition.id, role: 'keynote', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const route = `/api/speakers?draft=true&limit=100&depth=0&where[name][equals]=${encodeURIComponent(name)}`
    for (let i = 0; i < 3; i++) {
      const asAdmin = await request<{ docs: Doc[] }>(baseUrl, 'GET', route, { headers: admin })
      expect(asAdmin.body.docs.map((doc) => doc.name)).toEqual([name])
      expect(asAdmin.headers.get('x-api-cache')).toBeNull()
      expect(asAdmin.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage/)
    }
    for (let i = 0; i < 3; i++) {
      const anonymous = await request<{ docs: Doc[] }>(baseUrl, 'GET', route)
      expect(anonymous.body.docs).toEqual([])
    }
  })

  it('builds a URL that twelve visitors ask for at once one or two times, not twelve, and gives them all its answer', async () => {
    // After a publish every entry is stale at once; under load each URL arrived dozens of times
    // together and was built dozens of times (npm run bench:load). Enough papers that one answer
    // takes a while to build, and connections opened first, so the twelve requests reach the
    // server while the first is still being built, as under load.
    const prefix = `shared-miss-${Date.now()}`
    await insertPapers(databaseUrl, edition.id, manyPapers(300, prefix))
    const agent = new http.Agent({ keepAlive: true, maxSockets: 12 })
    try {
      await Promise.all(Array.from({ length: 12 }, () => rawGet(agent, '/healthz')))
      const route = `/api/papers?depth=1&limit=100&where[slug][like]=${prefix}`
      const answers = await Promise.all(Array.from({ length: 12 }, () => rawGet(agent, route)))
      const how = answers.map((answer) => answer.headers['x-api-cache'])
      expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 12 }, () => 200))
      // Built once, or twice when the first request was done before the others were read (on
      // SQLite a request can run start to end in one turn of the event loop) and, being the URL's
      // first, was not kept. Before, every one of the twelve was built.
      const built = how.filter((value) => value === 'MISS').length
      expect(built).toBeGreaterThanOrEqual(1)
      expect(built).toBeLessThanOrEqual(2)
      // The others waited for a build (SHARED), or came after it was stored (HIT).
      expect(how.filter((value) => value !== 'MISS').every((value) => value === 'SHARED' || value === 'HIT')).toBe(true)
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
      expect(new Set(answers.map((answer) => answer.headers.etag)).size).toBe(1)
    } finally {
      agent.destroy()
      await deletePapers(databaseUrl, prefix)
    }
  })

  it('never shares an answer with a request that carries credentials, or across a publish', async () => {
    const name = `Shared miss draft ${Date.now()}`
    const draft = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers?draft=true', {
      headers: admin,
      body: { name, edition: edition.id, role: 'keynote', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const route = `/api/speakers?limit=100&depth=0&where[name][equals]=${encodeURIComponent(name)}`
    const [anonymous, asAdmin] = await Promise.all([
      request<{ docs: Doc[] }>(baseUrl, 'GET', `${route}&draft=true`),
      request<{ docs: Doc[] }>(baseUrl, 'GET', `${route}&draft=true`, { headers: admin }),
    ])
    expect(anonymous.body.docs).toEqual([])
    expect(asAdmin.body.docs.map((doc) => doc.name)).toEqual([name])
    expect(asAdmin.headers.get('x-api-cache')).toBeNull()

    const editionsRoute = uniqueRoute('/api/editions?depth=0&limit=10&sort=year')
    const before = get(editionsRoute)
    const tagline = `Shared across a publish ${Date.now()}`
    await publishChange(tagline)
    const after = await get(editionsRoute)
    expect(after.headers.get('x-api-cache')).not.toBe('SHARED')
    expect(((await after.json()) as List).docs.find((doc) => doc.id === edition.id)?.tagline).toBe(tagline)
    expect((await before).status).toBe(200)
  })

  it('never lets a browser reuse a signed-out answer about the account once someone signs in', async () => {
    // The admin's login page asks /api/users/me signed out; served stale-while-revalidate, that
    // "nobody" answered the first request after signing in, and the edit view failed on it.
    for (const route of ['/api/users/me', '/api/speakers?draft=true&depth=0&limit=1']) {
      const anonymous = await get(route)
      expect(anonymous.status).toBe(200)
      const cacheControl = anonymous.headers.get('cache-control') ?? ''
      expect(cacheControl).toMatch(/\bprivate\b/)
      expect(cacheControl).toMatch(/\bno-cache\b/)
      expect(cacheControl).not.toMatch(/public|s-maxage|stale-while-revalidate/)
    }
    const signedIn = await request<{ user: { email: string } | null }>(baseUrl, 'GET', '/api/users/me', { headers: admin })
    expect(signedIn.body.user?.email).toBeTruthy()
  })

  it('drops cached responses when something is published', async () => {
    const route = uniqueRoute('/api/editions?depth=0&limit=10&sort=year')
    await get(route)
    await get(route)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await get(route)).headers.get('x-api-cache')).toBe('HIT')
    const tagline = `Published ${Date.now()}`
    await publishChange(tagline)
    const after = await get(route)
    expect(after.headers.get('x-api-cache')).toBe('MISS')
    const body = (await after.json()) as List
    expect(body.docs.find((doc) => doc.id === edition.id)?.tagline).toBe(tagline)
  })
})

describe('CORS', () => {
  it('lets any origin read anonymously, without credentials', async () => {
    const response = await get('/api/editions?limit=1', { Origin: 'https://lab.example.org' })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag')
  })

  it('answers preflights: reads with If-None-Match are allowed, writes and Authorization are not', async () => {
    const preflight = (method: string, headers: string) =>
      fetch(`${baseUrl}/api/papers`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://lab.example.org', 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
      })
    const read = await preflight('GET', 'if-none-match')
    expect(read.status).toBe(204)
    expect(read.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
    expect(read.headers.get('access-control-allow-headers')).toContain('If-None-Match')
    expect(read.headers.get('access-control-allow-headers')).not.toContain('Authorization')
    const write = await preflight('POST', 'content-type')
    expect(write.headers.get('access-control-allow-methods')).toBeNull()
  })

  it('refuses a cross-origin write from an origin not in CORS_ORIGINS, even one that skips the preflight', async () => {
    const response = await fetch(`${baseUrl}/api/speakers`, {
      method: 'POST',
      headers: { ...admin, Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: 'name=x',
    })
    expect(response.status).toBe(403)
    const own = await fetch(`${baseUrl}/api/speakers`, {
      method: 'POST',
      headers: { ...admin, Origin: baseUrl, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Same-origin speaker', edition: edition.id, role: 'keynote', _status: 'draft' }),
    })
    expect(own.status).toBe(201)
  })
})
