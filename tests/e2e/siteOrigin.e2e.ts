/**
 * Canonical URLs on a non-default port with PUBLIC_URL unset (issue 9, "Addresses"): the page a
 * browser loads, and the one it reaches by client-side navigation (from Next's RSC payload), both
 * name the address the browser used.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, newContext } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  const context = await newContext(browser)
  context.setDefaultNavigationTimeout(90_000)
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

const canonical = () => page.locator('link[rel="canonical"]').getAttribute('href')
const ogUrl = () => page.locator('meta[property="og:url"]').getAttribute('content')

describe('links on a server reached at a port of its own', () => {
  it('name the address the browser used, on load and after client-side navigation', async () => {
    expect(process.env.PUBLIC_URL ?? '').toBe('')
    expect(new URL(baseUrl).port).not.toBe('3000')
    const response = await page.goto(`${baseUrl}/2024`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    expect(await canonical()).toBe(`${baseUrl}/2024`)
    expect(await ogUrl()).toBe(`${baseUrl}/2024`)

    await page.locator('a[href="/2024/schedule"]').first().click()
    await page.waitForURL(`${baseUrl}/2024/schedule`)
    await expect.poll(canonical).toBe(`${baseUrl}/2024/schedule`)
    const subscribe = await page.locator('a[href^="webcal:"]').first().getAttribute('href')
    expect(subscribe).toBe(`webcal://${new URL(baseUrl).host}/schedule.ics?year=2024`)
    expect(await page.content()).not.toContain('.invalid')
  })
})
