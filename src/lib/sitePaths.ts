/**
 * Site-relative paths and anchors: plain values, safe in the browser too (siteUrl.ts, which reads
 * the request, re-exports them for the server).
 */

/** The element id of a session on its edition's page; calendar events link to it. */
export function sessionAnchor(sessionId: string): string {
  return `session-${sessionId}`
}

export const IMPORTANT_DATES_ANCHOR = 'important-dates'

export type FeedFile = 'schedule.xml' | 'schedule.json' | 'schedule.xcal' | 'papers.bib' | 'papers.json'

/** Site-relative paths; one place, so the pages, the sitemap and the calendars agree. */
export const sitePaths = {
  home: () => '/',
  edition: (year: number) => `/${year}`,
  session: (year: number, sessionId: string) => `/${year}#${sessionAnchor(sessionId)}`,
  importantDates: (year: number) => `/${year}#${IMPORTANT_DATES_ANCHOR}`,
  schedule: () => '/schedule',
  /** The visitor's starred sessions and papers (kept in their browser). */
  mySchedule: () => '/my-schedule',
  /** What moved, was added or was cancelled since the schedule was first published. */
  scheduleChanges: () => '/schedule/changes',
  papers: () => '/papers',
  /** A page of the unfiltered papers listing: prerendered, so it can be cached like any page. */
  papersPage: (page: number) => (page > 1 ? `/papers/page/${page}` : '/papers'),
  /** The listing filtered on the server (?q=&presentation=&award=&page=), for visitors without JavaScript. */
  papersSearch: () => '/papers/search',
  /** An edition's challenge (competition) and its results, when it has one. */
  challenge: () => '/challenge',
  /** The papers listing's search, as JSON, for instant results while a visitor types. */
  paperSearch: () => '/papers/search.json',
  paper: (slug: string) => `/papers/${slug}`,
  speaker: (slug: string) => `/speakers/${slug}`,
  page: (slug: string) => `/${slug}`,
  /** The current edition's schedule, or one year's. */
  scheduleCalendar: (year?: number) => (year === undefined ? '/schedule.ics' : `/schedule.ics?year=${year}`),
  datesCalendar: (year?: number) => (year === undefined ? '/dates.ics' : `/dates.ics?year=${year}`),
  sessionCalendar: (sessionId: string) => `/sessions/${sessionId}.ics`,
  /** Machine-readable feeds of one edition (current when no year): conference apps, reference managers. */
  feed: (file: FeedFile, year?: number) => (year === undefined ? `/${file}` : `/${file}?year=${year}`),
} as const

/**
 * First path segments the site and Payload answer themselves: a free-form page (/<slug>) cannot
 * take one, or it would never be reached.
 */
export const RESERVED_TOP_LEVEL_SLUGS = [
  'admin',
  'api',
  'healthz',
  'readyz',
  'my-schedule',
  'challenge',
  'preview',
  'papers',
  'schedule',
  'sessions',
  'speakers',
] as const
