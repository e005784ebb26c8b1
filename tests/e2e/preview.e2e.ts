import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext, signInToAdmin } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

type Edition = { id: string; tagline?: string | null }

let browser: Browser
let editor: BrowserContext
let admin: Record<string, string>
let edition: Edition

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await adminHeaders(baseUrl)
  const { body } = await request<{ docs: Edition[] }>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0')
  if (!body.docs[0]) throw new Error('no current edition')
  edition = body.docs[0]

  editor = await newContext(browser)
  const page = await editor.newPage()
  await signInToAdmin(page, baseUrl)
  await page.close()
})

afterAll(async () => {
  // Publishing the original tagline again also retires the test's draft.
  await request(baseUrl, 'PATCH', `/api/editions/${edition.id}`, {
    headers: admin,
    body: { tagline: edition.tagline ?? '', _status: 'published' },
  })
  await browser?.close()
})

describe('previewing drafts', () => {
  it('shows a signed-in editor the draft through /preview, and visitors only the published page', async () => {
    const draftTagline = `Draft tagline ${Date.now()}`
    const saved = await request(baseUrl, 'PATCH', `/api/editions/${edition.id}?draft=true`, {
      headers: admin,
      body: { tagline: draftTagline, _status: 'draft' },
    })
    expect(saved.status).toBe(200)

    const page = await editor.newPage()
    await page.goto(`${baseUrl}/preview?collection=editions&id=${edition.id}`)
    expect(new URL(page.url()).pathname).toBe('/')
    await expect.poll(() => page.locator('body').innerText()).toContain(draftTagline)
    expect(await page.getByText(/Draft preview/).count()).toBeGreaterThan(0)

    const visitor = await newContext(browser)
    const visitorPage = await visitor.newPage()
    await visitorPage.goto(`${baseUrl}/`)
    expect(await visitorPage.locator('body').innerText()).not.toContain(draftTagline)
    const refused = await visitorPage.goto(`${baseUrl}/preview?collection=editions&id=${edition.id}`)
    expect(refused?.status()).toBe(401)
    await visitor.close()

    // Leaving the preview returns the editor to what visitors see.
    await page.goto(`${baseUrl}/preview/exit`)
    await page.goto(`${baseUrl}/`)
    expect(await page.locator('body').innerText()).not.toContain(draftTagline)
  })

  it('refreshes the live preview beside the edit view when the draft autosaves', async () => {
    const page = await editor.newPage()
    await page.goto(`${baseUrl}/admin/collections/editions/${edition.id}`)
    const field = page.locator('input[name="tagline"]')
    await field.waitFor({ timeout: 60_000 })
    // Payload remembers per user whether the preview was open: open it only if it is closed.
    const toggler = page.locator('#live-preview-toggler')
    if (!((await toggler.getAttribute('class')) ?? '').includes('live-preview-toggler--active')) await toggler.click()

    // The frame opens the site through /preview, in draft mode, with the refresh-on-save listener.
    const frame = page.frameLocator('.live-preview-window iframe')
    await frame.getByText(/Draft preview/).first().waitFor({ timeout: 60_000 })

    const tagline = `Live preview tagline ${Date.now()}`
    // Drafts autosave (collections/access/publishedContent.ts): no button to press, the frame
    // refreshes from the server once the draft is stored.
    await field.fill(tagline)
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 30_000 }).toContain(tagline)

    // Saved as a draft: visitors still see the published tagline.
    const published = await fetch(`${baseUrl}/`).then((response) => response.text())
    expect(published).not.toContain(tagline)
    await page.close()
  })
})
