/**
 * The phone layout (issue 9): at 360 px, with eight editions in the switcher, no page type
 * scrolls sideways, and every control on a page is a tap target of at least 24×24 CSS px.
 * The extra editions, a paper and a page are created through the API and removed afterwards.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')
// With 2024 and 2025 from the seed, eight editions in all.
const EXTRA_YEARS = [2018, 2019, 2020, 2021, 2022, 2023]

let browser: Browser
let phone: Page
let headers: Record<string, string>
const created: { collection: string; id: string }[] = []

async function create(collection: string, data: Record<string, unknown>): Promise<string> {
  const { status, body } = await request<{ doc?: { id: string } }>(baseUrl, 'POST', `/api/${collection}`, {
    body: { ...data, _status: 'published' },
    headers,
  })
  expect(status, JSON.stringify(body)).toBe(201)
  const id = body.doc?.id ?? ''
  created.push({ collection, id })
  return id
}

const PAGE_TYPES = [
  '/',
  '/2024',
  '/2019',
  '/schedule',
  '/2024/schedule',
  '/papers',
  '/2024/papers',
  '/2024/challenge',
  '/papers/e2e-phone-paper',
  '/2024/speakers/jia-bin-huang',
  '/e2e-phone-page',
  '/no-such-page',
]

beforeAll(async () => {
  headers = await adminHeaders(baseUrl)
  for (const year of EXTRA_YEARS) {
    await create('editions', { name: `SyntaGen ${year}`, year, conference: 'CVPR', timeZone: 'America/Los_Angeles' })
  }
  const editions = await request<{ docs: { id: string }[] }>(
    baseUrl,
    'GET',
    '/api/editions?where[year][equals]=2025&depth=0',
  )
  await create('papers', {
    edition: editions.body.docs[0]?.id,
    title: 'A Paper With A Rather Long Title About Synthetic Datasets For Dense Prediction Under Domain Shift',
    slug: 'e2e-phone-paper',
    authors: [{ name: 'Ana Example', affiliation: 'A University With A Very Long Name Indeed' }],
    abstract: 'A long abstract. '.repeat(40),
    presentation: 'oral',
    award: 'none',
    track: 'full',
    links: { pdf: 'https://example.org/a-very-long-address/that-goes-on/and-on/paper.pdf' },
  })
  await create('pages', { title: 'Phone page', slug: 'e2e-phone-page', summary: 'A page at 360 px.' })
  browser = await launchBrowser()
  const context = await newContext(browser, { width: 360, height: 780 })
  context.setDefaultNavigationTimeout(90_000)
  phone = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  for (const { collection, id } of created.reverse()) {
    await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers })
  }
})

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

describe('at 360 px with eight editions', () => {
  it('no page type scrolls sideways, with the edition menu closed or open', { timeout: 300_000 }, async () => {
    for (const route of PAGE_TYPES) {
      await phone.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
      expect(await phone.locator('.edition-switcher li').count(), route).toBe(8)
      expect(await sidewaysOverflow(phone), `${route} scrolls sideways`).toBeLessThanOrEqual(0)
      await phone.locator('.edition-switcher summary').click()
      await phone.locator('.edition-switcher a', { hasText: '2018' }).waitFor({ state: 'visible' })
      expect(await sidewaysOverflow(phone), `${route} with the edition menu open`).toBeLessThanOrEqual(0)
    }
  })

  it('reaches every edition from the menu, without JavaScript too', async () => {
    const context = await newContext(browser, { width: 360, height: 780, javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${baseUrl}/2024`)
    await plain.locator('.edition-switcher summary').click()
    await plain.locator('.edition-switcher a', { hasText: '2018' }).click()
    await plain.waitForURL(/\/2018$/)
    expect(await plain.locator('h1').innerText()).toBe('SyntaGen 2018')
    expect(await plain.locator('.edition-switcher summary').innerText()).toContain('Edition 2018')
    await context.close()
  })

  it('makes every control of the schedule and the archive at least 24×24 px', async () => {
    for (const route of ['/2024/schedule', '/2024', '/papers/e2e-phone-paper']) {
      await phone.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
      const small = await phone.evaluate(() =>
        [...document.querySelectorAll('a, button, input, select, summary')].flatMap((element) => {
          // Links inside running text are exempt (WCAG 2.5.8's inline exception).
          if (element.closest('.rich-text, .visually-hidden, .skip-link')) return []
          const box = element.getBoundingClientRect()
          if (box.width === 0 && box.height === 0) return []
          return box.width < 24 || box.height < 24
            ? [
                `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
              ]
            : []
        }),
      )
      expect(small, route).toEqual([])
    }
  })
})
