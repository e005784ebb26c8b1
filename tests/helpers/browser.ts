import { type Browser, type BrowserContext, chromium } from 'playwright-core'

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
  return browser.newContext({
    timezoneId: options.timezoneId ?? 'America/Los_Angeles',
    locale: 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
}
