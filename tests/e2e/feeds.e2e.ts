import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, newContext } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser)
})

afterAll(async () => {
  await browser?.close()
})

describe('the schedule page points conference apps to its feeds', () => {
  it('links the 2024 schedule as frab XML, JSON and xCal, and each link serves that edition', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/2024/schedule`)
    const links = page.locator('.feed-links a')
    expect(await links.allTextContents()).toEqual(['frab XML', 'JSON', 'xCal'])
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(hrefs).toEqual(['/schedule.xml?year=2024', '/schedule.json?year=2024', '/schedule.xcal?year=2024'])
    for (const href of hrefs) {
      const response = await page.request.get(`${baseUrl}${String(href)}`)
      expect(response.status()).toBe(200)
      expect(await response.text()).toContain('SyntaGen 2024')
    }
    await page.close()
  })
})
