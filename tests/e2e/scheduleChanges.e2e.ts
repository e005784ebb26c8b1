/**
 * What changed (issue 9), in Chromium: an edition of its own (2092, Berlin time) whose schedule
 * was published, then one session moved and one added. The changes page passes axe at 1280 and
 * 360 px, its times follow the schedule's zone switch, and the schedule links to it with the
 * moved row saying where it was, in the zone the row shows.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { INITIAL_PUBLICATION_GAP_MS } from '../../src/lib/sessions/scheduleDiff'
import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'
import { ROOT } from '../helpers/server'

const baseUrl = inject('e2eBaseUrl')
const YEAR = 2092
const SCREENSHOTS = path.join(ROOT, 'tests/artifacts/screenshots')

let browser: Browser
let context: BrowserContext
let page: Page
let headers: Record<string, string>
let editionId = ''
const sessionIds: string[] = []

async function publishSession(body: Record<string, unknown>): Promise<string> {
  const { status, body: answer } = await request<{ doc?: { id: string } }>(baseUrl, 'POST', '/api/sessions', {
    headers,
    body: { kind: 'invited-talk', durationMinutes: 30, edition: editionId, _status: 'published', ...body },
  })
  expect(status, JSON.stringify(answer)).toBe(201)
  const id = answer.doc?.id ?? ''
  sessionIds.push(id)
  return id
}

async function expectNoSeriousAxeViolations(target: Page, route: string): Promise<void> {
  const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious, `axe on ${route}`).toEqual([])
}

async function visit(route: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${route}`, { waitUntil: 'load' })
  expect(response?.status(), route).toBe(200)
  await page.waitForLoadState('networkidle')
}

let openingId = ''

beforeAll(async () => {
  headers = await adminHeaders(baseUrl)
  const created = await request<{ doc?: { id: string } }>(baseUrl, 'POST', '/api/editions', {
    headers,
    body: { name: `SyntaGen ${YEAR}`, year: YEAR, conference: 'CVPR', timeZone: 'Europe/Berlin', room: 'Main hall', _status: 'published' },
  })
  if (!created.body.doc) throw new Error(`could not create the ${YEAR} edition: ${JSON.stringify(created.body)}`)
  editionId = created.body.doc.id
  // 09:00 and 10:00 in Berlin (CEST, UTC+2); then, past the first publication, the opening moves
  // to 09:30 and a poster session is added at 13:00.
  openingId = await publishSession({ title: 'Opening remarks', kind: 'opening', start: '2092-06-17T07:00:00.000Z' })
  await publishSession({ title: 'Keynote', start: '2092-06-17T08:00:00.000Z' })
  await new Promise((resolve) => setTimeout(resolve, INITIAL_PUBLICATION_GAP_MS + 1_000))
  const moved = await request(baseUrl, 'PATCH', `/api/sessions/${openingId}`, {
    headers,
    body: { start: '2092-06-17T07:30:00.000Z', _status: 'published' },
  })
  expect(moved.status).toBe(200)
  await publishSession({ title: 'Poster session', kind: 'poster-session', start: '2092-06-17T11:00:00.000Z' })

  mkdirSync(SCREENSHOTS, { recursive: true })
  browser = await launchBrowser()
  // The visitor is in Vietnam (UTC+7), five hours ahead of Berlin in June.
  context = await newContext(browser, { timezoneId: 'Asia/Ho_Chi_Minh' })
  page = await context.newPage()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  for (const id of sessionIds) await request(baseUrl, 'DELETE', `/api/sessions/${id}`, { headers })
  if (editionId) await request(baseUrl, 'DELETE', `/api/editions/${editionId}`, { headers })
})

describe(`/${YEAR}/schedule/changes in a browser`, () => {
  it('is linked from the schedule, whose moved row says where it was', async () => {
    await visit(`/${YEAR}/schedule`)
    const row = page.locator(`#session-${openingId}`)
    await expect.poll(() => row.locator('.change-note').innerText()).toBe('Moved from 09:00')
    expect(await page.locator('tr', { hasText: 'Poster session' }).locator('.change-note').textContent()).toBe('New since the schedule was first published')
    await page.locator('.schedule').screenshot({ path: path.join(SCREENSHOTS, 'schedule-with-changes-1280.png') })
    await page.getByRole('link', { name: 'What changed: 2 changes since the schedule was first published' }).click()
    await page.waitForURL(`${baseUrl}/${YEAR}/schedule/changes`)
    expect(await page.locator('h1').innerText()).toBe('Schedule changes')
  })

  it('lists the changes newest first, and passes axe at 1280 and 360 px', async () => {
    await visit(`/${YEAR}/schedule/changes`)
    const entries = page.locator('.change-list > li')
    expect(await entries.count()).toBe(2)
    expect(await entries.nth(0).locator('.change-what').innerText()).toBe('Added Poster session')
    expect(await entries.nth(1).locator('.change-what').innerText()).toBe('Moved Opening remarks')
    expect(await entries.nth(1).locator('.change-details').innerText()).toBe('Time: from 09:00 to 09:30 on 17 Jun 2092')
    await expectNoSeriousAxeViolations(page, `/${YEAR}/schedule/changes`)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'schedule-changes-1280.png'), fullPage: true })

    await page.setViewportSize({ width: 360, height: 780 })
    await visit(`/${YEAR}/schedule/changes`)
    await expectNoSeriousAxeViolations(page, `/${YEAR}/schedule/changes at 360 px`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, 'scrolls sideways at 360 px').toBeLessThanOrEqual(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'schedule-changes-360.png'), fullPage: true })
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it("shows the times in the visitor's zone once chosen, on the changes page and in the schedule's rows", async () => {
    await visit(`/${YEAR}/schedule/changes`)
    await page.getByRole('radio', { name: /Your time/ }).check()
    const moved = page.locator('.change-list > li').nth(1).locator('.change-details')
    await expect.poll(() => moved.innerText()).toBe('Time: from 14:00 to 14:30 on 17 Jun 2092')
    // The choice is remembered: the schedule's row says where it was, in the visitor's zone too.
    await visit(`/${YEAR}/schedule`)
    await expect.poll(() => page.locator(`#session-${openingId} .change-note`).innerText()).toBe('Moved from 14:00')
  })
})
