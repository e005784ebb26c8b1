/**
 * My schedule in a real Chromium, on the 2024 edition (seeded with sessions; nothing is created in
 * 2025): star two sessions and a paper, see exactly them in the chosen time zone, export their
 * calendar and compare its UIDs with the full calendar's, open the share link in a fresh browser,
 * adopt it without losing that browser's own star, and axe on the page, full and empty.
 */
import AxeBuilder from '@axe-core/playwright'
import ical, { type VEvent } from 'node-ical'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

const TALK = 'Invited talk 1: Promising Generative Data Augmentation'
const PANEL = 'Panel discussion'
const POSTERS = 'Poster Session'
const BREAK = 'Break'
const PAPER = 'E2E starred poster: diffusion labels'

type Doc = { id: string; slug?: string; title?: string }

let browser: Browser
let admin: Record<string, string>
let paper: Doc
let visitor: BrowserContext
let page: Page
let shareUrl = ''

async function visit(target: Page, route: string): Promise<void> {
  const response = await target.goto(route.startsWith('http') ? route : `${baseUrl}${route}`, { waitUntil: 'load' })
  expect(response?.status(), route).toBeLessThan(400)
  await target.waitForLoadState('networkidle')
}

/** A star shows once React owns it (hidden before: without JavaScript there is nowhere to keep it). */
function star(target: Page, title: string): Locator {
  return target.getByRole('button', { name: `Star ${title}`, exact: true })
}

const rowTitles = (target: Page) =>
  target.locator('.schedule-table tbody tr.session th[scope="row"]').evaluateAll((cells) =>
    // The title is the cell's first text; the rest is room, speakers, papers.
    cells.map((cell) => (cell.firstChild?.textContent ?? '').trim()),
  )

const rowTimes = (target: Page) => target.locator('.schedule-table tbody td.session-time').allInnerTexts()

async function calendarEvents(route: string): Promise<VEvent[]> {
  const response = await fetch(new URL(route, baseUrl))
  const text = await response.text()
  expect(response.status, `${route}: ${text}`).toBe(200)
  return Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === 'VEVENT')
}

async function expectAxeClean(target: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious, `axe on ${what}`).toEqual([])
}

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
  const editions = await request<{ docs: Doc[] }>(baseUrl, 'GET', '/api/editions?where[year][equals]=2024&depth=0')
  const edition = editions.body.docs[0]!
  const sessions = await request<{ docs: Doc[] }>(
    baseUrl,
    'GET',
    `/api/sessions?where[edition][equals]=${edition.id}&where[title][equals]=${encodeURIComponent(POSTERS)}&depth=0`,
  )
  const posterSession = sessions.body.docs[0]!
  // 2024 has no papers: this one is presented in its poster session, and deleted afterwards.
  const created = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/papers', {
    headers: admin,
    body: { title: PAPER, authors: [{ name: 'Ana Nguyễn' }], edition: edition.id, session: posterSession.id, _status: 'published' },
  })
  expect(created.status).toBe(201)
  paper = created.body.doc

  browser = await launchBrowser()
  // The visitor is in Vietnam: 2024's Seattle times are 14 hours behind.
  visitor = await newContext(browser, { timezoneId: 'Asia/Ho_Chi_Minh' })
  visitor.setDefaultTimeout(60_000)
  page = await visitor.newPage()
})

afterAll(async () => {
  await browser?.close()
  if (paper) await request(baseUrl, 'DELETE', `/api/papers/${paper.id}`, { headers: admin })
})

describe('My schedule', () => {
  it('stars sessions by pointer and keyboard, and a paper, with aria-pressed following', async () => {
    await visit(page, '/2024/schedule')
    const talk = star(page, TALK)
    await talk.waitFor()
    expect(await talk.getAttribute('aria-pressed')).toBe('false')
    const box = await talk.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(44)
    expect(box?.height).toBeGreaterThanOrEqual(44)
    await talk.click()
    expect(await talk.getAttribute('aria-pressed')).toBe('true')

    // The keyboard: Space stars, Enter unstars.
    const panel = star(page, PANEL)
    await panel.focus()
    await page.keyboard.press('Space')
    expect(await panel.getAttribute('aria-pressed')).toBe('true')
    const coffee = star(page, BREAK)
    await coffee.focus()
    await page.keyboard.press('Enter')
    expect(await coffee.getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('Enter')
    expect(await coffee.getAttribute('aria-pressed')).toBe('false')

    await visit(page, `/2024/papers/${paper.slug}`)
    const paperStar = star(page, PAPER)
    await paperStar.click()
    expect(await paperStar.getAttribute('aria-pressed')).toBe('true')

    // Stars survive a reload: they are kept in this browser.
    await visit(page, '/2024/schedule')
    await star(page, TALK).waitFor()
    expect(await star(page, TALK).getAttribute('aria-pressed')).toBe('true')
    expect(await star(page, BREAK).getAttribute('aria-pressed')).toBe('false')
  })

  it('shows exactly the starred items, in the time zone the visitor chose', async () => {
    await page.getByRole('link', { name: 'My schedule' }).first().click()
    await page.waitForURL(/\/2024\/my-schedule$/)
    await page.locator('.schedule-table').waitFor()
    // The paper brings the session it is presented in.
    expect(await rowTitles(page)).toEqual([TALK, PANEL, POSTERS])
    expect(await page.locator('.my-schedule-papers li').allInnerTexts()).toEqual([`${PAPER} · in ${POSTERS}`])

    await page.getByRole('radio', { name: /Venue time/ }).check()
    expect((await rowTimes(page))[0]).toBe('09:00–09:25')
    await page.getByRole('radio', { name: /Your time/ }).check()
    expect(await page.locator('.schedule-table caption').innerText()).toContain('Times in your time zone, ICT (UTC+7)')
    expect(await rowTimes(page)).toEqual(['23:00–23:25', '01:15–01:40 18 Jun 2024', '01:40–02:30 18 Jun 2024'])
    await expectAxeClean(page, 'My schedule')
  })

  it('exports a calendar of just those sessions, with the full calendar’s UIDs', async () => {
    const href = await page.getByRole('link', { name: 'Download my schedule (.ics)' }).getAttribute('href')
    expect(href).toMatch(/^\/schedule\.ics\?year=2024&sessions=[\w-]+,[\w-]+&papers=[\w-]+$/)
    const subscribe = await page.getByRole('link', { name: 'Subscribe to my schedule in your calendar app' }).getAttribute('href')
    expect(subscribe).toBe(`webcal://${new URL(baseUrl).host}${href}`)
    const mine = await calendarEvents(href!)
    const full = await calendarEvents('/schedule.ics?year=2024')
    const expected = full.filter((event) => [TALK, PANEL, POSTERS].includes(String(event.summary)))
    expect(expected).toHaveLength(3)
    expect(mine.map((event) => event.uid).sort()).toEqual(expected.map((event) => event.uid).sort())
    for (const event of mine) {
      const twin = expected.find((candidate) => candidate.uid === event.uid)
      expect(event.start.toISOString()).toBe(twin?.start.toISOString())
    }
  })

  it('opens the share link in a fresh browser and adopts it without losing that browser’s own star', async () => {
    shareUrl = await page.getByLabel(/Share link/).inputValue()
    expect(new URL(shareUrl).pathname).toBe('/2024/my-schedule')
    expect(shareUrl).toMatch(/\?s=[\w-]{22}\.[\w-]{22}&p=[\w-]{22}$/)

    const elsewhere = await newContext(browser, { timezoneId: 'America/Los_Angeles' })
    elsewhere.setDefaultTimeout(60_000)
    const other = await elsewhere.newPage()
    // That browser has a star of its own already.
    await visit(other, '/2024/schedule')
    await star(other, BREAK).click()

    await visit(other, shareUrl)
    await other.locator('.schedule-table').waitFor()
    expect(await rowTitles(other)).toEqual([TALK, PANEL, POSTERS])
    expect(await other.locator('.shared-schedule').innerText()).toContain('a shared schedule: 2 sessions and 1 paper')
    // Viewing does not adopt: the stars are still that browser's own.
    expect(await star(other, TALK).getAttribute('aria-pressed')).toBe('false')

    await other.getByRole('button', { name: 'Add these to my stars' }).click()
    await expect.poll(() => other.locator('.shared-schedule [role="status"]').innerText()).toContain('the ones you had are kept')
    expect(await star(other, TALK).getAttribute('aria-pressed')).toBe('true')

    await other.getByRole('link', { name: 'Show my own schedule' }).click()
    await other.waitForURL(/\/2024\/my-schedule$/)
    await other.locator('.schedule-table').waitFor()
    expect(await rowTitles(other)).toEqual([TALK, BREAK, PANEL, POSTERS])

    // Unstarring on My schedule keeps the row (and the focus) until the page is left, so a slip
    // is undone with one more press; the calendar file follows at once.
    const panel = star(other, PANEL)
    await panel.focus()
    await other.keyboard.press('Space')
    expect(await panel.getAttribute('aria-pressed')).toBe('false')
    expect(await other.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Star ${PANEL}`)
    expect(await rowTitles(other)).toEqual([TALK, BREAK, PANEL, POSTERS])
    const href = await other.getByRole('link', { name: 'Download my schedule (.ics)' }).getAttribute('href')
    expect((await calendarEvents(href!)).map((event) => String(event.summary)).sort()).toEqual([TALK, BREAK, POSTERS].sort())
    await other.reload({ waitUntil: 'networkidle' })
    await other.locator('.schedule-table').waitFor()
    expect(await rowTitles(other)).toEqual([TALK, BREAK, POSTERS])
    await elsewhere.close()
  })

  it('explains how to star when nothing is starred, and says a damaged link is damaged', async () => {
    const fresh = await newContext(browser)
    const empty = await fresh.newPage()
    await visit(empty, '/2024/my-schedule')
    await empty.locator('.my-schedule-empty').waitFor()
    expect(await empty.locator('.my-schedule-empty').innerText()).toContain('You have not starred anything in SyntaGen 2024 yet.')
    expect(await empty.locator('.schedule-table').count()).toBe(0)
    await expectAxeClean(empty, 'My schedule, empty')

    await visit(empty, '/2024/my-schedule?s=garbage')
    expect(await empty.locator('main').getByRole('alert').innerText()).toContain('"garbage" is not an id')
    await fresh.close()
  })

  it('shows no dead stars without JavaScript, and says why My schedule is empty', async () => {
    const noScript = await newContext(browser, { javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(`${baseUrl}/2024/schedule`)
    expect(await plain.locator('.star-button').count()).toBeGreaterThan(0)
    expect(await plain.locator('.star-button:visible').count()).toBe(0)
    await plain.goto(`${baseUrl}/2024/my-schedule`)
    expect(await plain.locator('main').innerText()).toContain('which needs JavaScript')
    await noScript.close()
  })
})
