/**
 * Issue 7's publishing tools in Chromium against the production server: preview before the first
 * publish, a draft edition marked current, the dashboard's "what is missing", cloning from the
 * edition's edit view, and a scheduled publish that happens while the test waits.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext, signInToAdmin } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

type Doc = { id: string; [key: string]: unknown }

let browser: Browser
let editor: BrowserContext
let admin: Record<string, string>
let edition: Doc
const cleanup: { collection: string; id: string }[] = []

async function createDraft(collection: string, body: Record<string, unknown>): Promise<Doc> {
  const { status, body: answer } = await request<{ doc: Doc }>(baseUrl, 'POST', `/api/${collection}?draft=true`, {
    headers: admin,
    body: { ...body, _status: 'draft' },
  })
  expect(status, JSON.stringify(answer)).toBe(201)
  cleanup.push({ collection, id: answer.doc.id })
  return answer.doc
}

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await adminHeaders(baseUrl)
  const { body } = await request<{ docs: Doc[] }>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0')
  if (!body.docs[0]) throw new Error('no current edition')
  edition = body.docs[0]
  editor = await newContext(browser)
  const page = await editor.newPage()
  await signInToAdmin(page, baseUrl)
  await page.close()
})

afterAll(async () => {
  for (const { collection, id } of cleanup.reverse()) await request(baseUrl, 'DELETE', `/api/${collection}/${id}`, { headers: admin })
  await browser?.close()
})

describe('live preview before the first publish', () => {
  it('previews a never-published paper, speaker and session to the editor, and to no one else', async () => {
    const stamp = Date.now()
    const paper = await createDraft('papers', {
      title: `Never Published Paper ${stamp}`,
      authors: [{ name: 'Ada Draft' }],
      abstract: 'An abstract only an editor can see yet.',
      edition: edition.id,
    })
    const speaker = await createDraft('speakers', { name: `Never Published Speaker ${stamp}`, role: 'keynote', edition: edition.id })
    const session = await createDraft('sessions', {
      title: `Never Published Session ${stamp}`,
      kind: 'other',
      start: '2025-06-11T23:00:00.000Z',
      durationMinutes: 10,
      room: `Preview room ${stamp}`,
      edition: edition.id,
    })

    const page = await editor.newPage()
    for (const [collection, doc, title, path] of [
      ['papers', paper, paper.title, `/papers/${String(paper.slug)}`],
      ['speakers', speaker, speaker.name, `/speakers/${String(speaker.slug)}`],
      ['sessions', session, session.title, '/schedule'],
    ] as const) {
      const response = await page.goto(`${baseUrl}/preview?collection=${collection}&id=${doc.id}`)
      expect(response?.status(), `${collection} preview`).toBe(200)
      expect(new URL(page.url()).pathname).toBe(path)
      await expect.poll(() => page.locator('main').innerText()).toContain(String(title))
      expect(await page.title()).not.toMatch(/not found/i)
    }

    // Autosave stores a new paper before its edition is picked: its preview still shows it.
    const unassigned = await createDraft('papers', { title: `Paper Without Edition ${stamp}`, authors: [{ name: 'Early Save' }] })
    await page.goto(`${baseUrl}/preview?collection=papers&id=${unassigned.id}`)
    expect(new URL(page.url()).pathname).toBe(`/papers/${String(unassigned.slug)}`)
    await expect.poll(() => page.locator('main').innerText()).toContain(String(unassigned.title))
    await page.close()

    const visitor = await newContext(browser)
    const visitorPage = await visitor.newPage()
    const answer = await visitorPage.goto(`${baseUrl}/papers/${String(paper.slug)}`)
    expect(answer?.status()).toBe(404)
    await visitor.close()
  })
})

describe('a draft edition marked current', () => {
  it('changes nothing for visitors or for the preview of other documents until it is published', async () => {
    const draftEdition = await createDraft('editions', { name: 'SyntaGen 2032', year: 2032, conference: 'CVPR', timeZone: 'UTC', isCurrent: true })
    const paper = await createDraft('papers', { title: `Paper Beside A Draft Edition ${Date.now()}`, authors: [{ name: 'B. Side' }], edition: edition.id })

    const visitor = await newContext(browser)
    const visitorPage = await visitor.newPage()
    await visitorPage.goto(`${baseUrl}/`)
    expect(await visitorPage.locator('h1').first().innerText()).toContain(String(edition.name))
    await visitor.close()

    const page = await editor.newPage()
    await page.goto(`${baseUrl}/preview?collection=papers&id=${paper.id}`)
    expect(new URL(page.url()).pathname).toBe(`/papers/${String(paper.slug)}`)
    await expect.poll(() => page.locator('main').innerText()).toContain(String(paper.title))
    await page.goto(`${baseUrl}/`)
    expect(await page.locator('h1').first().innerText()).toContain(String(edition.name))
    // The draft edition's own preview is its archive address, beside the real home page.
    await page.goto(`${baseUrl}/preview?collection=editions&id=${draftEdition.id}`)
    expect(new URL(page.url()).pathname).toBe('/2032')
    expect(await page.locator('h1').first().innerText()).toContain('SyntaGen 2032')
    await page.close()

    const current = await request<{ docs: Doc[] }>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0')
    expect(current.body.docs.map((doc) => doc.id)).toEqual([edition.id])
  })
})

describe('the dashboard', () => {
  it('lists a speaker without a photo, with a link to fix it, and passes axe', async () => {
    const speaker = await createDraft('speakers', { name: `Photo Missing ${Date.now()}`, role: 'keynote', edition: edition.id })
    const later = await request(baseUrl, 'POST', `/api/speakers/${speaker.id}/schedule`, {
      headers: admin,
      body: { type: 'publish', at: new Date(Date.now() + 3_600_000).toISOString() },
    })
    expect(later.status).toBe(201)
    const page = await editor.newPage()
    await page.goto(`${baseUrl}/admin`)
    const check = page.locator('[data-check="speaker-photo"]')
    await check.waitFor({ timeout: 60_000 })
    const link = check.getByRole('link', { name: String(speaker.name) })
    expect(await link.getAttribute('href')).toBe(`/admin/collections/speakers/${speaker.id}`)
    // It is a draft too: listed under the drafts waiting.
    expect(await page.locator('section[aria-labelledby="dashboard-drafts"]').innerText()).toContain(String(speaker.name))
    // And its publish, scheduled an hour ahead.
    expect(await page.locator('section[aria-labelledby="dashboard-scheduled"]').innerText()).toContain(String(speaker.name))
    expect(await page.getByRole('link', { name: 'Add a speaker' }).getAttribute('href')).toBe('/admin/collections/speakers/create')
    const axe = await new AxeBuilder({ page }).include('.edition-dashboard').analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])
    await page.close()
  })
})

describe('starting next year from the admin', () => {
  it('creates the next edition as a draft from the edit view’s button', async () => {
    const page = await editor.newPage()
    await page.goto(`${baseUrl}/admin/collections/editions/${edition.id}`)
    await page.getByRole('button', { name: 'Start next year from this edition' }).click()
    const year = page.getByRole('spinbutton', { name: "New edition's year" })
    expect(await year.inputValue()).toBe(String(Number(edition.year) + 1))
    await page.getByRole('button', { name: 'Create draft' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/editions/') && !url.pathname.endsWith(edition.id), { timeout: 60_000 })
    const newId = new URL(page.url()).pathname.split('/').pop() ?? ''
    cleanup.push({ collection: 'editions', id: newId })
    const { body } = await request<{ docs: Doc[] }>(baseUrl, 'GET', `/api/editions?where[id][equals]=${newId}&draft=true&depth=0`, { headers: admin })
    expect(body.docs[0]).toMatchObject({ year: Number(edition.year) + 1, _status: 'draft', isCurrent: false })
    for (const collection of ['organizers', 'important-dates']) {
      const copies = await request<{ docs: Doc[] }>(baseUrl, 'GET', `/api/${collection}?where[edition][equals]=${newId}&draft=true&limit=0&depth=0`, { headers: admin })
      // Deleted before the edition (the list is emptied from the end).
      for (const copy of copies.body.docs) cleanup.push({ collection, id: copy.id })
    }
    await page.close()
  })
})

describe('scheduled publishing', () => {
  it('publishes a speaker a few seconds after scheduling, while the visitor waits', async () => {
    const speaker = await createDraft('speakers', { name: `Scheduled Keynote ${Date.now()}`, role: 'keynote', edition: edition.id })
    const scheduled = await request(baseUrl, 'POST', `/api/speakers/${speaker.id}/schedule`, {
      headers: admin,
      body: { type: 'publish', at: new Date(Date.now() + 3_000).toISOString() },
    })
    expect(scheduled.status).toBe(201)

    const visitor = await newContext(browser)
    const page = await visitor.newPage()
    const path = `${baseUrl}/speakers/${String(speaker.slug)}`
    expect((await page.goto(path))?.status()).toBe(404)
    await expect
      .poll(async () => (await page.goto(path))?.status(), { timeout: 30_000, interval: 1_000 })
      .toBe(200)
    expect(await page.locator('h1').first().innerText()).toContain(String(speaker.name))
    await visitor.close()
  })
})
