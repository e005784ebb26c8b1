import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { TEST_ADMIN } from './api'

/** Debian's Chromium; Playwright's own browser downloads cannot work on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Without these, headless Chromium as root fails to start or floods the closed network with requests.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

export type ContextOptions = { timezoneId?: string; width?: number; height?: number; javaScriptEnabled?: boolean }

export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    timezoneId: options.timezoneId ?? 'America/Los_Angeles',
    locale: 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  // The admin's first load is several MB of JavaScript; on a busy 2-core machine it has taken
  // over 30 s (Playwright's default), which failed tests that were otherwise right.
  context.setDefaultNavigationTimeout(90_000)
  return context
}

/** Signs the tests' admin in through the admin's login form; the page's context keeps the session. */
export async function signInToAdmin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', TEST_ADMIN.email)
  await page.fill('input[name="password"]', TEST_ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}
