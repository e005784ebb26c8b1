import type { IncomingMessage } from 'node:http'

import { describe, expect, it } from 'vitest'

import { ResponseStore, type StoredResponse } from '../../src/lib/api/responseStore'
import { asksForDrafts, isApiSurface, isShareable, normalisedUrl, viewerOf } from '../../src/lib/api/surface'
import { allowedOrigins } from '../../src/lib/cors'
import { matchesEtag } from '../../src/lib/apiCache'

function entry(bytes: number, generation = 1): StoredResponse {
  return { generation, status: 200, headers: [], etag: 'W/"x"', identity: Buffer.alloc(bytes) }
}

function requestWith(headers: Record<string, string>): IncomingMessage {
  return { headers } as IncomingMessage
}

describe('the response store', () => {
  it('admits a URL on its second miss only', () => {
    const store = new ResponseStore({ maxBytes: 1_000_000 })
    expect(store.admit('/api/papers')).toBe(false)
    expect(store.admit('/api/papers')).toBe(true)
    expect(store.admit('/api/papers?page=2')).toBe(false)
  })

  it('forgets old misses, so a stream of unique URLs admits none of them', () => {
    const store = new ResponseStore({ maxBytes: 1_000_000, ghostKeys: 3 })
    store.admit('/a')
    for (const key of ['/b', '/c', '/d']) store.admit(key)
    expect(store.admit('/a')).toBe(false)
  })

  it('stays within its byte budget', () => {
    const store = new ResponseStore({ maxBytes: 10_000 })
    for (let i = 0; i < 50; i++) store.set(`/api/${i}`, entry(1_000))
    expect(store.stats().bytes).toBeLessThanOrEqual(10_000)
    expect(store.stats().entries).toBeGreaterThan(0)
  })

  it('keeps what is read often when many new entries arrive', () => {
    const store = new ResponseStore({ maxBytes: 20_000 })
    store.set('/api/papers', entry(2_000))
    expect(store.get('/api/papers', 1)).toBeDefined() // read again: promoted to the protected segment
    for (let i = 0; i < 100; i++) store.set(`/api/papers?where=${i}`, entry(2_000))
    expect(store.get('/api/papers', 1)).toBeDefined()
    expect(store.has('/api/papers?where=0')).toBe(false)
  })

  it('never returns an entry of another generation', () => {
    const store = new ResponseStore({ maxBytes: 10_000 })
    store.set('/api/papers', entry(100, 1))
    expect(store.get('/api/papers', 2)).toBeUndefined()
    expect(store.get('/api/papers', 1)).toBeUndefined()
  })

  it('refuses an entry larger than a quarter of the budget', () => {
    const store = new ResponseStore({ maxBytes: 4_000 })
    store.set('/big', entry(2_000))
    expect(store.has('/big')).toBe(false)
  })
})

describe('the API surface', () => {
  it('normalises the query string: order does not matter, repeated parameters keep theirs', () => {
    expect(normalisedUrl('/api/papers?limit=10&depth=1')).toBe(normalisedUrl('/api/papers?depth=1&limit=10'))
    expect(normalisedUrl('/api/papers?sort=a&sort=b')).not.toBe(normalisedUrl('/api/papers?sort=b&sort=a'))
    expect(normalisedUrl('/api/papers')).toBe('/api/papers')
  })

  it('covers REST, GraphQL and the feeds, and never shares per-user answers', () => {
    for (const path of ['/api/papers', '/api/graphql', '/schedule.ics', '/2024/schedule.ics', '/schedule.json', '/papers.bib', '/api/editions/1/export']) {
      expect(isApiSurface(path)).toBe(true)
    }
    expect(isApiSurface('/2025')).toBe(false)
    expect(isApiSurface('/_next/static/chunks/app.json')).toBe(false)
    for (const path of ['/api/users/me', '/api/users', '/api/integrations', '/api/payload-preferences/x', '/api/access']) {
      expect(isShareable(path)).toBe(false)
    }
  })

  it('tells anonymous readers, integration keys and staff apart', () => {
    expect(viewerOf(requestWith({}))).toBe('anonymous')
    expect(viewerOf(requestWith({ cookie: 'theme=dark' }))).toBe('anonymous')
    expect(viewerOf(requestWith({ authorization: 'integrations API-Key abc' }))).toBe('integration')
    expect(viewerOf(requestWith({ authorization: 'JWT abc' }))).toBe('staff')
    expect(viewerOf(requestWith({ cookie: 'payload-token=abc' }))).toBe('staff')
    expect(viewerOf(requestWith({ authorization: 'integrations API-Key abc', cookie: '__prerender_bypass=1' }))).toBe('staff')
  })

  it('spots requests for drafts', () => {
    expect(asksForDrafts('/api/papers?draft=true')).toBe(true)
    expect(asksForDrafts('/api/papers?draft=false')).toBe(false)
    expect(asksForDrafts('/api/papers')).toBe(false)
  })

  it('matches If-None-Match lists, weak or strong', () => {
    expect(matchesEtag('W/"g1-abc"', 'W/"g1-abc"')).toBe(true)
    expect(matchesEtag('"g1-abc", W/"g2-def"', 'W/"g2-def"')).toBe(true)
    expect(matchesEtag('"g1-abc"', 'W/"g2-def"')).toBe(false)
    expect(matchesEtag(undefined, 'W/"g2-def"')).toBe(false)
  })

  it('reads the CORS allow-list from a comma-separated value', () => {
    expect([...allowedOrigins(' https://a.example , https://b.example/,')]).toEqual(['https://a.example', 'https://b.example'])
    expect(allowedOrigins('').size).toBe(0)
  })
})
