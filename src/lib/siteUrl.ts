/**
 * Where the site lives, and the paths of the things other sites and apps link to (calendars,
 * search engines, citation managers).
 */

import { configuredSiteUrl, PLACEHOLDER_ORIGIN } from './origin'

export { configuredSiteUrl }

/**
 * Where the site lives: PUBLIC_URL ("https://syntagen.github.io", never with a trailing slash),
 * else a placeholder that src/server.ts replaces with the address each request came to
 * (lib/originSubstitution.ts). It never reads the request itself: that would make every page
 * render per request and leave the page cache empty.
 */
export async function siteUrl(): Promise<string> {
  return configuredSiteUrl() ?? PLACEHOLDER_ORIGIN
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
