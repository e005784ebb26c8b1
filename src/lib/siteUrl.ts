/**
 * Where the site lives, and the paths of the things other sites and apps link to (calendars,
 * search engines, citation managers). Read at request time, not at build time: one image is
 * deployed under different addresses.
 */

const LOCAL_URL = 'http://localhost:3000'

/** "https://syntagen.github.io", never with a trailing slash. */
export function siteUrl(): string {
  const configured = process.env.PUBLIC_URL?.trim()
  if (!configured) return LOCAL_URL
  return configured.replace(/\/+$/, '')
}

/** "/papers/x" → "https://syntagen.github.io/papers/x". Full URLs are returned as they are. */
export function absoluteUrl(path: string, base: string = siteUrl()): string {
  if (/^https?:\/\//.test(path)) return path
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}

/** "https://…/schedule.ics" → "webcal://…/schedule.ics": the link that opens "Subscribe" in calendar apps. */
export function toWebcal(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://')
}

/** The element id of a session on its edition's page; calendar events link to it. */
export function sessionAnchor(sessionId: string): string {
  return `session-${sessionId}`
}

export const IMPORTANT_DATES_ANCHOR = 'important-dates'

/** Site-relative paths; one place, so the pages, the sitemap and the calendars agree. */
export const sitePaths = {
  home: () => '/',
  edition: (year: number) => `/${year}`,
  session: (year: number, sessionId: string) => `/${year}#${sessionAnchor(sessionId)}`,
  importantDates: (year: number) => `/${year}#${IMPORTANT_DATES_ANCHOR}`,
  schedule: () => '/schedule',
  papers: () => '/papers',
  paper: (slug: string) => `/papers/${slug}`,
  speaker: (slug: string) => `/speakers/${slug}`,
  page: (slug: string) => `/${slug}`,
  /** The current edition's schedule, or one year's. */
  scheduleCalendar: (year?: number) => (year === undefined ? '/schedule.ics' : `/schedule.ics?year=${year}`),
  datesCalendar: (year?: number) => (year === undefined ? '/dates.ics' : `/dates.ics?year=${year}`),
  sessionCalendar: (sessionId: string) => `/sessions/${sessionId}.ics`,
} as const
