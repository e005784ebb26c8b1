import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { type RunningServer, startServerWithPublicUrl } from '../helpers/server'

const databaseUrl = inject('databaseUrl')

async function get(base: string, path: string): Promise<{ status: number; cache: string | null; text: string }> {
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } })
  return { status: response.status, cache: response.headers.get('x-page-cache'), text: await response.text() }
}

/** The cache records after the response is sent (compression runs off the event loop): wait for it. */
async function untilCached(base: string, path: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await get(base, path)).cache === 'HIT') return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${path} never came from the page cache`)
}

describe('the page cache under cache-busting query strings', () => {
  let small: RunningServer

  beforeAll(async () => {
    // A small cache, so a flood of unique URLs would push the pages out if it could.
    small = await startServerWithPublicUrl({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'integration-tests-only',
      PAGE_CACHE_MAX_BYTES: String(3 * 1024 * 1024),
    })
  })

  afterAll(async () => {
    await small?.stop('SIGKILL')
  })

  it('answers a page with a query string it does not read from the cached page', async () => {
    await untilCached(small.baseUrl, `/2024?r=${randomUUID()}`)
    const busted = await get(small.baseUrl, `/2024?r=${randomUUID()}`)
    expect(busted.status).toBe(200)
    expect(busted.cache).toBe('HIT')
    expect((await get(small.baseUrl, '/2024')).cache).toBe('HIT')
  })

  it('keeps the pages cached while unique URLs of other responses flood in', async () => {
    await untilCached(small.baseUrl, '/2024')
    const html = (await get(small.baseUrl, '/2024')).text
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
    if (!script) throw new Error('no script on /2024')
    // Wide enough to fill the whole cache several times over if every URL were kept beside the pages.
    const urls = Array.from({ length: 400 }, () => `${script}?v=${randomUUID()}`)
    for (let i = 0; i < urls.length; i += 20) {
      const batch = await Promise.all(urls.slice(i, i + 20).map((url) => get(small.baseUrl, url)))
      expect(batch.every((response) => response.status === 200)).toBe(true)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await get(small.baseUrl, '/2024')).cache).toBe('HIT')
  })
})

describe('media changes reach the pages that show them', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServerWithPublicUrl({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'integration-tests-only', RATE_LIMIT_LOGIN: '1000' })
  })

  afterAll(async () => {
    await server?.stop('SIGKILL')
  })

  it('shows edited alt text on the next request', async () => {
    const baseUrl = server.baseUrl
    const admin = await adminHeaders(baseUrl)
    const { body } = await request<{ docs: { id: string; alt: string }[] }>(baseUrl, 'GET', '/api/media?limit=100&depth=0')
    await untilCached(baseUrl, '/')
    const home = (await get(baseUrl, '/')).text
    const shown = body.docs.find((media) => media.alt && home.includes(`alt="${media.alt}"`))
    if (!shown) throw new Error('the home page shows none of the media')

    const alt = `Edited alt text ${randomUUID()}`
    const edited = await request(baseUrl, 'PATCH', `/api/media/${shown.id}`, { headers: admin, body: { alt } })
    expect(edited.status).toBe(200)
    try {
      expect((await get(baseUrl, '/')).text).toContain(alt)
    } finally {
      await request(baseUrl, 'PATCH', `/api/media/${shown.id}`, { headers: admin, body: { alt: shown.alt } })
    }
  })
})
