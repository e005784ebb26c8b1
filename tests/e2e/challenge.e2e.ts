/**
 * The 2024 challenge in a real Chromium (issue 9): its section and header anchor on /2024, its
 * own page, and axe on both, first as seeded (the workshop's page gives a competition session but
 * no results), then with a results table entered over the API and taken out again.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

let browser: Browser
let page: Page
let headers: Record<string, string>
let edition2024Id = ''

async function visit(route: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
  expect(response?.status(), route).toBe(200)
}

async function expectNoSeriousAxeViolations(route: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious, `axe on ${route}`).toEqual([])
}

async function setResults(results: Record<string, unknown>[]): Promise<void> {
  const saved = await request(baseUrl, 'PATCH', `/api/editions/${edition2024Id}`, {
    headers,
    body: { challenge: { results }, _status: 'published' },
  })
  expect(saved.status).toBe(200)
}

beforeAll(async () => {
  headers = await adminHeaders(baseUrl)
  const editions = await request<{ docs: { id: string }[] }>(baseUrl, 'GET', '/api/editions?where[year][equals]=2024&depth=0')
  edition2024Id = editions.body.docs[0]?.id ?? ''
  browser = await launchBrowser()
  const context = await newContext(browser, { timezoneId: 'Asia/Ho_Chi_Minh', width: 1280 })
  context.setDefaultNavigationTimeout(90_000)
  page = await context.newPage()
})

afterAll(async () => {
  if (edition2024Id) await setResults([])
  await browser?.close()
})

describe('the 2024 challenge', () => {
  it('is a section of /2024, linked from the header, with the competition session of the schedule', async () => {
    await visit('/2024')
    const anchor = page.locator('nav[aria-label="Sections"] a', { hasText: 'Challenge' })
    expect(await anchor.getAttribute('href')).toBe('/2024#challenge')
    await anchor.click()
    await page.waitForURL(/#challenge$/)
    const section = page.locator('section#challenge')
    expect(await section.locator('h2').innerText()).toBe('Challenge')
    expect(await section.locator('h3').innerText()).toBe('SyntaGen 2024 Competition')
    expect(await section.innerText()).toContain('Competition session & Winners talks & Oral presentation')
    // 8:30 on 17 June 2024 in Seattle, in the venue's time.
    expect(await section.innerText()).toContain('Monday, 17 June 2024, 08:30–09:00 PDT (UTC−7)')
    // A finished edition without results says nothing about them.
    expect(await section.locator('table').count()).toBe(0)
    expect(await section.innerText()).not.toMatch(/to be announced/i)
    await expectNoSeriousAxeViolations('/2024')
  })

  it('has its own page at /2024/challenge, and the current edition (without one) has none', async () => {
    await visit('/2024/challenge')
    expect(await page.locator('h1').innerText()).toBe('SyntaGen 2024 Competition')
    expect(await page.title()).toContain('SyntaGen 2024 Competition')
    await expectNoSeriousAxeViolations('/2024/challenge')
    const current = await page.goto(`${baseUrl}/challenge`)
    expect(current?.status()).toBe(404)
  })

  it('shows results entered in the admin as a captioned table, by place, that passes axe', async () => {
    await setResults([
      { place: 2, team: 'E2E Team Birch', affiliation: 'Example Lab', metric: 'FID', score: '12.4' },
      { place: 1, team: 'E2E Team Aurora', affiliation: 'Example University', metric: 'FID', score: '9.8', prize: 'Winner’s talk' },
    ])
    await visit('/2024/challenge')
    const table = page.locator('table.challenge-results')
    expect(await table.locator('caption').innerText()).toBe('SyntaGen 2024 Competition: results, by place')
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['Place', 'Team', 'Affiliation', 'Metric', 'Score', 'Prize'])
    expect(await table.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['E2E Team Aurora', 'E2E Team Birch'])
    // The scrolling region is named by the caption, for screen readers and keyboard users.
    const region = page.locator('[role="region"]', { has: table })
    expect(await region.getAttribute('aria-labelledby')).toBe(await table.locator('caption').getAttribute('id'))
    await expectNoSeriousAxeViolations('/2024/challenge with results')

    await visit('/2024')
    expect(await page.locator('#challenge tbody th[scope="row"]').allInnerTexts()).toEqual(['E2E Team Aurora', 'E2E Team Birch'])
    await expectNoSeriousAxeViolations('/2024 with results')
  })
})
