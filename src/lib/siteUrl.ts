/**
 * Where the site lives, and the paths of the things other sites and apps link to (calendars,
 * search engines, citation managers).
 */

import { configuredSiteUrl } from './origin'

export { configuredSiteUrl }

const LOCAL_URL = 'http://localhost:3000'

/**
 * Where the site lives: PUBLIC_URL, else http://localhost:3000. "https://syntagen.github.io",
 * never with a trailing slash. Set PUBLIC_URL at build and at run.
 *
 * It does not read the request: that made every page render per request, so the page cache held
 * nothing unless PUBLIC_URL was set at build time (issue 9 asks for the request's own address when
 * PUBLIC_URL is unset; doing that without losing prerendering is still open). Async, so callers
 * need not change when it does.
 */
export async function siteUrl(): Promise<string> {
  return configuredSiteUrl() ?? LOCAL_URL
}

/** "/papers/x" → "https://syntagen.github.io/papers/x". Full URLs are returned as they are. */
export function absoluteUrl(path: string, base: string): string {
  if (/^https?:\/\//.test(path)) return path
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}

/** "https://…/schedule.ics" → "webcal://…/schedule.ics": the link that opens "Subscribe" in calendar apps. */
export function toWebcal(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://')
}

export { type FeedFile, IMPORTANT_DATES_ANCHOR, sessionAnchor, sitePaths } from './sitePaths'
