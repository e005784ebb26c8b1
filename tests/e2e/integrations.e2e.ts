import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext, signInToAdmin } from '../helpers/browser'
import { keyHeaders } from '../helpers/integrations'

const baseUrl = inject('e2eBaseUrl')

type List = { docs: { id: string }[]; totalDocs: number }

/** The admin renders and fetches in steps; wait for what a person would wait for. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 250 })

let browser: Browser
let admin: Record<string, string>
const created: string[] = []

beforeAll(async () => {
  await fetch(`${baseUrl}/admin/login`)
  browser = await launchBrowser()
  admin = await adminHeaders(baseUrl)
})

afterAll(async () => {
  for (const id of created) await request(baseUrl, 'DELETE', `/api/integrations/${id}`, { headers: admin })
  await browser?.close()
})

describe('an admin hands out an integration key from the admin', () => {
  it('generates a key shown once, which reads the API until the integration is revoked', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await signInToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/admin/collections/integrations/create`)
    await page.fill('#field-name', `Workshop index ${Date.now()}`)
    await page.fill('#field-owner', 'index-team@example.org')
    await page.click('#generate-api-key')

    // The key is on screen, in clear, with the warning that it will not be shown again.
    const keyInput = page.locator('input#apiKey')
    await eventually(() => keyInput.inputValue()).toMatch(/^[0-9a-f-]{36}$/)
    const key = await keyInput.inputValue()
    expect(await keyInput.getAttribute('type')).toBe('text')
    await page.getByText('It will not be displayed again.').waitFor()

    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/integrations\/(?!create)[^/?]+/, { timeout: 30_000 })
    const id = new URL(page.url()).pathname.split('/').pop()
    if (!id) throw new Error('no id in the URL after saving')
    created.push(id)

    // Saved, the key is masked; a reload shows only that a key exists.
    await page.reload()
    await eventually(() => keyInput.inputValue()).toBe('•'.repeat(24))
    expect(await page.content()).not.toContain(key)

    // The key reads what visitors read, and writes nothing.
    const speakers = await request<List>(baseUrl, 'GET', '/api/speakers?limit=5&depth=0', { headers: keyHeaders(key) })
    expect(speakers.status).toBe(200)
    expect(speakers.body.totalDocs).toBeGreaterThan(0)
    const write = await request(baseUrl, 'POST', '/api/speakers', { headers: keyHeaders(key), body: { name: 'Not allowed' } })
    expect(write.status).toBe(403)

    // Revoked the documented way: untick Active and save. The next request is refused.
    await page.locator('#field-active').uncheck()
    await page.click('#action-save')
    await eventually(async () => (await request(baseUrl, 'GET', `/api/integrations/${id}?depth=0`, { headers: admin })).body).toMatchObject({
      active: false,
    })
    const refused = await request(baseUrl, 'GET', '/api/speakers?limit=5&depth=0', { headers: keyHeaders(key) })
    expect(refused.status).toBe(401)
    await context.close()
  })
})
