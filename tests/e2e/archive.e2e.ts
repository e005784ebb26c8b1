/**
 * A finished edition reads as finished (issue 9): /2024 shows what it has and leaves out what it
 * lacks, its volunteers under their own heading, its passed dates calmly closed, its own footer,
 * and the organizer-affiliation logos of the workshop's first page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

let browser: Browser
let page: Page

async function visit(route: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
  expect(response?.status(), route).toBe(200)
}

beforeAll(async () => {
  browser = await launchBrowser()
  const context = await newContext(browser, { timezoneId: 'Asia/Ho_Chi_Minh' })
  context.setDefaultNavigationTimeout(90_000)
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('the 2024 archive', () => {
  it('never says "To be announced", on any of its pages', async () => {
    for (const route of ['/2024', '/2024/schedule', '/2024/papers', '/2024/challenge', '/2024/speakers/jia-bin-huang']) {
      await visit(route)
      const text = await page.locator('body').innerText()
      expect(text, route).not.toMatch(/to be announced/i)
    }
  })

  it('leaves out what it lacks, in the page and in the header', async () => {
    await visit('/2024')
    const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((section) => section.id))
    expect(ids).toEqual([
      'about',
      'speakers',
      'schedule',
      'challenge',
      'call-for-papers',
      'important-dates',
      'volunteers',
      'affiliations',
    ])
    const menu = await page
      .locator('nav[aria-label="Sections"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(menu).toEqual(ids.map((id) => `/2024#${id}`))
    expect(await page.locator('#call-for-papers').innerText()).not.toContain('Submission')
    expect(await page.locator('#about').innerText()).toContain('Monday, 17 June 2024')
  })

  it('gives its volunteers their own heading, with their affiliations’ countries', async () => {
    expect(await page.locator('#volunteers h2').innerText()).toBe('Volunteers')
    expect(await page.locator('#volunteers .person-name').allInnerTexts()).toEqual(['Truong Vu', 'Quang Nguyen'])
    expect(await page.locator('#volunteers .person-affiliation').allInnerTexts()).toEqual([
      'VinAI Research, Vietnam',
      'VinAI Research, Vietnam',
    ])
  })

  it('carries the first page’s organizer-affiliation logos, as placeholders with the names', async () => {
    const logos = await page
      .locator('#affiliations .logo-strip img')
      .evaluateAll((images) => images.map((image) => image.getAttribute('alt') ?? ''))
    expect(logos).toEqual(
      [
        'VinUni College of Engineering and Computer Science',
        'University of Maryland Department of Computer Science',
        'VinAI Research',
        'Clemson University',
        'Deakin University',
        'Cornell Tech',
        'New York University',
      ].map((name) => `Placeholder logo for ${name}`),
    )
  })

  it('reads a whole-day date naturally: the day and its note, no "your time"', async () => {
    const workshop = page.locator('.important-dates li', { hasText: /^Workshop/ })
    expect(await workshop.locator('.date-when').innerText()).toMatch(/^17 June 2024 \(Morning\)\s*Held$/)
    const submission = page.locator('.important-dates li', { hasText: /^Submission deadline/ })
    await submission.locator('.local-time').waitFor()
    expect(await workshop.locator('.local-time').count()).toBe(0)
  })

  it('links its own schedule, papers and calendars in the footer', async () => {
    for (const route of ['/2024', '/2024/schedule', '/2024/speakers/jia-bin-huang']) {
      await visit(route)
      const footer = await page
        .locator('footer a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(footer, route).toEqual(
        expect.arrayContaining(['/2024/schedule', '/2024/papers', '/schedule.ics?year=2024', '/dates.ics?year=2024']),
      )
      expect(footer, route).not.toContain('/schedule')
    }
  })
})

describe('"Talk and bio"', () => {
  let headers: Record<string, string>
  let speakerId = ''

  beforeAll(async () => {
    headers = await adminHeaders(baseUrl)
    const editions = await request<{ docs: { id: string }[] }>(
      baseUrl,
      'GET',
      '/api/editions?where[year][equals]=2025&depth=0',
    )
    const { status, body } = await request<{ doc?: { id: string } }>(baseUrl, 'POST', '/api/speakers', {
      headers,
      body: {
        name: 'Speaker Without A Talk',
        slug: 'e2e-speaker-without-talk',
        role: 'keynote',
        edition: editions.body.docs[0]?.id,
        _status: 'published',
      },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    speakerId = body.doc?.id ?? ''
  })

  afterAll(async () => {
    if (speakerId) await request(baseUrl, 'DELETE', `/api/speakers/${speakerId}`, { headers })
  })

  it('is offered only for a speaker with a talk or a bio', async () => {
    await visit('/')
    const card = page.locator('#speakers .person', { hasText: 'Speaker Without A Talk' })
    await card.waitFor()
    expect(await card.locator('.person-details').count()).toBe(0)
    await visit('/2024')
    expect(await page.locator('#speakers .person-details a').count()).toBe(5)
  })
})
