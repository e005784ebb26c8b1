import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext, signInToAdmin } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

type Doc = { id: string; [key: string]: unknown }

let browser: Browser
let admin: Record<string, string>
let edition: Doc
const created: string[] = []

async function homeText(): Promise<string> {
  const response = await fetch(`${baseUrl}/`, { headers: { 'accept-encoding': 'br' } })
  expect(response.status).toBe(200)
  return response.text()
}

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await adminHeaders(baseUrl)
  const { body } = await request<{ docs: Doc[] }>(baseUrl, 'GET', '/api/editions?where[isCurrent][equals]=true&depth=0')
  const current = body.docs[0]
  if (!current) throw new Error('no current edition')
  edition = current
})

afterAll(async () => {
  for (const id of created) await request(baseUrl, 'DELETE', `/api/speakers/${id}`, { headers: admin })
  await browser?.close()
})

describe('publishing reaches visitors on the next request, drafts never do', () => {
  it('shows a speaker published through the API, without a restart', async () => {
    await homeText() // warm every cache in front of the page
    const name = `Ada Published ${Date.now()}`
    const { status, body } = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers', {
      headers: admin,
      body: { name, role: 'keynote', edition: edition.id, _status: 'published' },
    })
    expect(status).toBe(201)
    created.push(body.doc.id)
    expect(await homeText()).toContain(name)
  })

  it('keeps a draft away from visitors until it is published', async () => {
    const name = `Grace Draft ${Date.now()}`
    const { body } = await request<{ doc: Doc }>(baseUrl, 'POST', '/api/speakers?draft=true', {
      headers: admin,
      body: { name, role: 'keynote', edition: edition.id, _status: 'draft' },
    })
    created.push(body.doc.id)
    expect(await homeText()).not.toContain(name)

    const published = await request(baseUrl, 'PATCH', `/api/speakers/${body.doc.id}`, {
      headers: admin,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await homeText()).toContain(name)

    // A new draft of a published document leaves the published version on the site.
    await request(baseUrl, 'PATCH', `/api/speakers/${body.doc.id}?draft=true`, {
      headers: admin,
      body: { name: `${name} (unpublished edit)`, _status: 'draft' },
    })
    const html = await homeText()
    expect(html).toContain(name)
    expect(html).not.toContain('(unpublished edit)')
  })

  it('shows a tagline published from the admin panel', async () => {
    const context = await newContext(browser)
    const page: Page = await context.newPage()
    await signInToAdmin(page, baseUrl)

    const original = String(edition.tagline ?? '')
    const tagline = `Tagline from the admin ${Date.now()}`
    await page.goto(`${baseUrl}/admin/collections/editions/${edition.id}`)
    const field = page.locator('input[name="tagline"]')
    await field.waitFor({ timeout: 60_000 })
    await field.fill(tagline)
    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.getByText(/updated successfully|published successfully/i).first().waitFor({ timeout: 30_000 })
    await context.close()

    try {
      expect(await homeText()).toContain(tagline)
    } finally {
      await request(baseUrl, 'PATCH', `/api/editions/${edition.id}`, { headers: admin, body: { tagline: original } })
    }
    expect(await homeText()).toContain(original)
  })
})
