/**
 * The visitors' site in a real Chromium, against the seeded server (tests/helpers/e2eSetup.ts):
 * every home section of 2025, the 2024 archive, the time-zone switch, paper search with and
 * without JavaScript, axe on each page type, and screenshots at 1280 and 360 px.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'
import { ROOT } from '../helpers/server'

const baseUrl = inject('e2eBaseUrl')
const SCREENSHOTS = path.join(ROOT, 'tests/artifacts/screenshots')

// 2025 has no sponsors and no volunteers: those sections are left out, not announced.
const SECTION_IDS = [
  'about',
  'speakers',
  'schedule',
  'papers',
  'call-for-papers',
  'important-dates',
  'organizers',
  'affiliations',
]
const ORGANIZERS_2025 = ['Khoi Nguyen', 'Anh Tuan Tran', 'Binh Son Hua', 'Supasorn Suwajanakorn', 'Yi Zhou']
const SPEAKERS_2024 = ['David J Fleet', 'Phillip Isola', 'Jia-Bin Huang', 'Tali Dekel', 'Nathan Carr']

let browser: Browser
// The visitor is in Vietnam: the 2024 workshop (Seattle, PDT, UTC−7) is 14 hours behind.
let desktop: BrowserContext
let phone: BrowserContext
let page: Page
let phonePage: Page

/** Every page type, with a name for its screenshots; papers are added once the test made some. */
const pageTypes: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'archive-2024', path: '/2024' },
  { name: 'schedule-2024', path: '/2024/schedule' },
  { name: 'challenge-2024', path: '/2024/challenge' },
  { name: 'speaker', path: '/2024/speakers/jia-bin-huang' },
  { name: 'not-found', path: '/no-such-page' },
]

async function visit(target: Page, route: string): Promise<void> {
  const response = await target.goto(`${baseUrl}${route}`, { waitUntil: 'load' })
  expect(response, route).not.toBeNull()
  await target.waitForLoadState('networkidle')
}

/** Interactive parts work once React has attached to them (slow on a dev server, instant in production). */
async function waitForHydration(target: Page, selector: string): Promise<void> {
  await target.waitForFunction(
    (css) => {
      const element = document.querySelector(css)
      return Boolean(element && Object.keys(element).some((key) => key.startsWith('__reactProps')))
    },
    selector,
  )
}

async function expectNoSeriousAxeViolations(target: Page, route: string): Promise<void> {
  const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious, `axe on ${route}`).toEqual([])
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  browser = await launchBrowser()
  desktop = await newContext(browser, { timezoneId: 'Asia/Ho_Chi_Minh', width: 1280 })
  phone = await newContext(browser, { timezoneId: 'Asia/Ho_Chi_Minh', width: 360, height: 780 })
  // Generous: a dev server compiles each route on its first request.
  for (const context of [desktop, phone]) {
    context.setDefaultTimeout(60_000)
    context.setDefaultNavigationTimeout(90_000)
  }
  page = await desktop.newPage()
  phonePage = await phone.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('home page (the current edition, 2025)', () => {
  it('has every section, in order, each linked from the header', async () => {
    await visit(page, '/')
    const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((section) => section.id))
    expect(ids).toEqual(SECTION_IDS)
    for (const id of SECTION_IDS) {
      expect(await page.locator(`nav[aria-label="Sections"] a[href="/#${id}"]`).count(), id).toBe(1)
    }
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('h1').innerText()).toBe('SyntaGen 2025')
    expect(await page.locator('#about').innerText()).toContain('Music City Center')
  })

  it('says "To be announced" where 2025 has nothing yet, never an empty table', async () => {
    for (const id of ['speakers', 'schedule', 'papers', 'important-dates']) {
      expect(await page.locator(`#${id} .tba`).innerText(), id).toBe('To be announced')
      expect(await page.locator(`#${id} table`).count(), id).toBe(0)
    }
    // Sponsors are never announced as missing: no section, no menu item.
    expect(await page.locator('#sponsors').count()).toBe(0)
    expect(await page.locator('nav[aria-label="Sections"] a', { hasText: 'Sponsors' }).count()).toBe(0)
  })

  it('lists the organizers and their affiliations in the editors’ order', async () => {
    const organizers = await page.locator('#organizers .person-name').allInnerTexts()
    expect(organizers).toEqual(ORGANIZERS_2025)
    const logos = await page.locator('#affiliations .logo-strip li img').evaluateAll((images) =>
      images.map((image) => image.getAttribute('alt') ?? ''),
    )
    expect(logos).toHaveLength(4)
    expect(logos[0]).toContain('VinAI Research')
    expect(logos[1]).toContain('Trinity College Dublin')
    expect(logos[2]).toContain('Vidyasirimedhi Institute of Science and Technology')
    expect(logos[3]).toContain('Adobe')
  })

  it('shows the call for papers with its topics', async () => {
    const topics = await page.locator('#call-for-papers .topics li').allInnerTexts()
    expect(topics).toHaveLength(7)
    expect(topics[0]).toMatch(/^Leveraging pre-trained generative models/)
    expect(topics[6]).toMatch(/^Ethical implications/)
  })

  it('describes the edition as a schema.org Event', async () => {
    const jsonLd = await page.locator('script[type="application/ld+json"]').allInnerTexts()
    const event = jsonLd.map((text) => JSON.parse(text) as { '@type': string; name: string }).find((item) => item['@type'] === 'Event')
    expect(event?.name).toBe('SyntaGen 2025')
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '').pathname).toBe('/')
  })
})

describe('the 2024 archive', () => {
  it('shows its five speakers and its schedule', async () => {
    await visit(page, '/2024')
    expect(await page.locator('#speakers .person-name').allInnerTexts()).toEqual(SPEAKERS_2024)
    const rows = page.locator('#schedule tbody tr')
    expect(await rows.count()).toBe(10)
    const talk = page.locator('#schedule tbody tr', { hasText: 'Invited talk 1: Promising Generative Data Augmentation' })
    expect(await talk.locator('a:visible', { hasText: 'David J Fleet' }).getAttribute('href')).toBe(
      '/2024/speakers/david-j-fleet',
    )
    // The switcher is a closed <details> menu: its links are there, not yet shown.
    expect(await page.locator('.edition-switcher a[aria-current="page"]').textContent()).toBe('2024')
  })

  it('marks passed dates calmly as closed, without striking them through', async () => {
    const submission = page.locator('.important-dates li', { hasText: /^Submission deadline/ })
    expect(await submission.locator('.date-past').innerText()).toBe('22 March 2024, 23:59 PDT (UTC−7)')
    expect(await submission.locator('.date-status').innerText()).toBe('Closed')
    expect(await page.locator('.important-dates s, .important-dates del').count()).toBe(0)
    // The visitor's own time, rendered in the browser: 23:59 PDT is 13:59 the next day in Vietnam.
    await submission.locator('.local-time').waitFor()
    expect(await submission.locator('.local-time').innerText()).toBe('Your time: 23 March 2024, 13:59 ICT (UTC+7)')
  })
})

describe('the schedule’s time-zone switch', () => {
  const rowTimes = (target: Page) => target.locator('.schedule-table tbody td.session-time').allInnerTexts()

  it('shows venue time by default and the visitor’s time on request, and remembers the choice', async () => {
    await visit(page, '/2024/schedule')
    await waitForHydration(page, '.zone-switch input[value="visitor"]')
    const caption = page.locator('.schedule-table caption')
    expect(await caption.innerText()).toContain("Times in the venue's time zone, PDT (UTC−7)")
    const venue = await rowTimes(page)
    expect(venue[0]).toBe('08:25–08:30')

    await page.getByRole('radio', { name: /Your time/ }).check()
    expect(await caption.innerText()).toContain('Times in your time zone, ICT (UTC+7), Asia/Ho Chi Minh')
    const local = await rowTimes(page)
    expect(local[0]).toBe('22:25–22:30')
    // Every row is 14 hours later; the poster session crosses midnight into 18 June.
    const plus14 = (time: string) => {
      const [hours = 0, minutes = 0] = time.split(':').map(Number)
      return `${String((hours + 14) % 24).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
    }
    venue.forEach((range, index) => {
      const [start = '', end = ''] = range.split('–')
      expect(local[index]).toContain(`${plus14(start)}–${plus14(end.slice(0, 5))}`)
    })
    expect(local.at(-1)).toContain('18 Jun 2024')

    await page.reload({ waitUntil: 'networkidle' })
    await waitForHydration(page, '.zone-switch input[value="visitor"]')
    await expect.poll(() => page.getByRole('radio', { name: /Your time/ }).isChecked()).toBe(true)
    expect((await rowTimes(page))[0]).toBe('22:25–22:30')

    await page.getByRole('radio', { name: /Venue time/ }).check()
    expect((await rowTimes(page))[0]).toBe('08:25–08:30')
  })

  it('marks the session on now and the next one during the event', async () => {
    const during = await desktop.newPage()
    // 09:05 PDT on the day: the first invited talk is on, the second is next.
    await during.clock.install({ time: new Date('2024-06-17T16:05:00Z') })
    await visit(during, '/2024/schedule')
    await during.locator('.badge-now').waitFor()
    const now = during.locator('tbody tr', { has: during.locator('.badge-now') })
    const next = during.locator('tbody tr', { has: during.locator('.badge-next') })
    expect(await now.locator('th').innerText()).toContain('Invited talk 1')
    expect(await next.locator('th').innerText()).toContain('Invited talk 2')
    await during.close()
  })

  it('links the calendar files', async () => {
    expect(await page.locator('a[href="/schedule.ics?year=2024"]').count()).toBeGreaterThan(0)
    const sessionLinks = await page.locator('a[href^="/sessions/"][href$=".ics"]:visible').count()
    expect(sessionLinks).toBe(10)
  })
})

describe('papers', () => {
  const created: { collection: string; id: string }[] = []
  let headers: Record<string, string>
  let editionId: string

  async function create(collection: string, data: Record<string, unknown>): Promise<string> {
    const { status, body } = await request<{ doc?: { id: string } }>(baseUrl, 'POST', `/api/${collection}`, {
      body: data,
      headers,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const id = body.doc?.id ?? ''
    created.push({ collection, id })
    return id
  }

  beforeAll(async () => {
    headers = await adminHeaders(baseUrl)
    const editions = await request<{ docs: { id: string }[] }>(baseUrl, 'GET', '/api/editions?where[year][equals]=2025&depth=0')
    editionId = editions.body.docs[0]?.id ?? ''
    const paper = (data: Record<string, unknown>) => create('papers', { edition: editionId, track: 'full', ...data })
    await paper({
      title: 'Diffusion Models Make Detection Data',
      slug: 'e2e-diffusion-detection',
      authors: [{ name: 'Ana Nguyễn', affiliation: 'VinAI Research' }, { name: 'Bo Li' }],
      abstract: 'We generate detection data with a diffusion model.',
      presentation: 'oral',
      award: 'best-paper',
      links: { pdf: 'https://example.org/e2e.pdf' },
      _status: 'published',
    })
    await paper({
      title: 'Synthetic Scenes for Segmentation',
      slug: 'e2e-synthetic-scenes',
      authors: [{ name: 'Carla Diaz' }],
      presentation: 'poster',
      award: 'none',
      _status: 'published',
    })
    await paper({
      title: 'Video Priors for Four-Dimensional Generation',
      slug: 'e2e-video-priors',
      authors: [{ name: 'Dan Evans' }, { name: 'Ana Nguyen' }],
      presentation: 'spotlight',
      award: 'runner-up',
      _status: 'published',
    })
    await paper({
      title: 'An Unpublished Draft',
      slug: 'e2e-unpublished-draft',
      authors: [{ name: 'Eve Draft' }],
      presentation: 'poster',
      award: 'none',
      _status: 'draft',
    })
    await create('pages', {
      title: 'Challenge rules',
      slug: 'e2e-challenge-rules',
      summary: 'How the synthetic data challenge is judged.',
      _status: 'published',
    })
    pageTypes.push(
      { name: 'papers', path: '/papers' },
      { name: 'paper', path: '/papers/e2e-diffusion-detection' },
      { name: 'content-page', path: '/e2e-challenge-rules' },
    )
  })

  afterAll(async () => {
    for (const { collection, id } of created.reverse()) {
      await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers })
    }
  })

  const visibleTitles = (target: Page) => target.locator('.paper-list > li .paper-title').allInnerTexts()

  it('lists the published papers (not the draft) with their badges, awards first', async () => {
    await visit(page, '/papers')
    expect(await visibleTitles(page)).toEqual([
      'Diffusion Models Make Detection Data',
      'Video Priors for Four-Dimensional Generation',
      'Synthetic Scenes for Segmentation',
    ])
    const first = page.locator('.paper-list > li').first()
    expect(await first.locator('.badge').allInnerTexts()).toEqual(['Best paper', 'Oral'])
    const draft = await page.goto(`${baseUrl}/papers/e2e-unpublished-draft`)
    expect(draft?.status()).toBe(404)
  })

  it('searches titles, authors and abstracts as you type, and filters by presentation and award', async () => {
    await visit(page, '/papers')
    await waitForHydration(page, '.paper-search input[type="search"]')
    const search = page.getByLabel('Search titles, authors and abstracts')
    await search.fill('nguyen')
    await expect.poll(() => visibleTitles(page)).toEqual([
      'Diffusion Models Make Detection Data',
      'Video Priors for Four-Dimensional Generation',
    ])
    expect(page.url()).toContain('/papers/search?q=nguyen')
    await page.getByLabel('Presentation').selectOption('spotlight')
    await expect.poll(() => visibleTitles(page)).toEqual(['Video Priors for Four-Dimensional Generation'])
    // The abstract is searched too.
    await page.getByLabel('Presentation').selectOption('')
    await search.fill('detection data with a diffusion')
    await expect.poll(() => visibleTitles(page)).toEqual(['Diffusion Models Make Detection Data'])
    await search.fill('')
    await page.getByLabel('Presentation').selectOption('')
    await page.getByLabel('Award').selectOption('any')
    await expect.poll(() => visibleTitles(page)).toHaveLength(2)
    expect(await page.getByRole('status').first().innerText()).toBe('2 papers')
  })

  it('filters on the server through the query string when JavaScript is off', async () => {
    const noScript = await newContext(browser, { javaScriptEnabled: false })
    noScript.setDefaultNavigationTimeout(90_000)
    const plain = await noScript.newPage()
    await plain.goto(`${baseUrl}/papers`)
    await plain.getByLabel('Search titles, authors and abstracts').fill('segmentation')
    await plain.getByRole('button', { name: 'Search' }).click()
    await plain.waitForURL(/\/papers\/search\?q=segmentation/)
    expect(await visibleTitles(plain)).toEqual(['Synthetic Scenes for Segmentation'])
    await plain.goto(`${baseUrl}/papers/search?presentation=oral&award=best-paper`)
    expect(await visibleTitles(plain)).toEqual(['Diffusion Models Make Detection Data'])
    await noScript.close()
  })

  it('gives a paper Scholar tags, ScholarlyArticle JSON-LD and a BibTeX entry to copy', async () => {
    await desktop.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    await visit(page, '/papers/e2e-diffusion-detection')
    await waitForHydration(page, '.paper button')
    const meta = await page.locator('head meta[name^="citation_"]').evaluateAll((tags) =>
      tags.map((tag) => `${tag.getAttribute('name')}=${tag.getAttribute('content')}`),
    )
    expect(meta.slice(0, 4)).toEqual([
      'citation_title=Diffusion Models Make Detection Data',
      'citation_author=Ana Nguyễn',
      'citation_author_institution=VinAI Research',
      'citation_author=Bo Li',
    ])
    expect(meta).toContain('citation_pdf_url=https://example.org/e2e.pdf')
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allInnerTexts()).map(
      (text) => JSON.parse(text) as { '@type': string },
    )
    expect(jsonLd.some((item) => item['@type'] === 'ScholarlyArticle')).toBe(true)
    const bibtex = await page.locator('.bibtex').innerText()
    expect(bibtex).toMatch(/^@inproceedings\{/)
    await page.getByRole('button', { name: 'Copy BibTeX' }).click()
    await expect.poll(() => page.locator('.copy-status').innerText()).toBe('Copied to the clipboard.')
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(bibtex.trim())
  })

  it('serves a free-form page at its slug', async () => {
    await visit(page, '/e2e-challenge-rules')
    expect(await page.locator('h1').innerText()).toBe('Challenge rules')
  })

  it('passes axe and is screenshotted, on every page type at 1280 and 360 px', { timeout: 300_000 }, async () => {
    for (const { name, path: route } of pageTypes) {
      await visit(page, route)
      await expectNoSeriousAxeViolations(page, route)
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-1280.png`), fullPage: true })
      await visit(phonePage, route)
      await expectNoSeriousAxeViolations(phonePage, `${route} at 360 px`)
      // Nothing but the labelled scrolling regions may be wider than the phone.
      const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${route} scrolls sideways at 360 px`).toBeLessThanOrEqual(0)
      await phonePage.screenshot({ path: path.join(SCREENSHOTS, `${name}-360.png`), fullPage: true })
    }
  })
})
