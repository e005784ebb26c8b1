/**
 * Which sections an edition's page has, and so which the header links to. The current and a
 * future edition keep every section, saying "To be announced" where nothing is published yet; a
 * finished edition is an archive and shows only what it has. Sponsors, volunteers and the
 * challenge appear only when there are some, whatever the edition.
 */
import { IMPORTANT_DATES_ANCHOR } from '../siteUrl'

export type EditionStage = 'past' | 'current' | 'upcoming'

// A workshop day is stored at noon UTC (normaliseWorkshopDay); 36 hours later it has ended
// everywhere on Earth.
const DAY_OVER_MS = 36 * 60 * 60_000

/**
 * The current edition is the one the home page shows; any other is past once its day (or, with no
 * day set, its year) is over, and upcoming before that.
 */
export function editionStage(
  edition: { isCurrent: boolean; year: number; date?: string },
  now: Date = new Date(),
): EditionStage {
  if (edition.isCurrent) return 'current'
  if (edition.date) return Date.parse(edition.date) + DAY_OVER_MS < now.getTime() ? 'past' : 'upcoming'
  return edition.year < now.getUTCFullYear() ? 'past' : 'upcoming'
}

/** How much of each kind an edition has published: what decides its sections. */
export type EditionCounts = {
  speakers: number
  sessions: number
  papers: number
  importantDates: number
  /** Organizers and advisors: the "Organizers" section. */
  organizers: number
  volunteers: number
  /** Logos in the organizer-affiliation strip. */
  affiliations: number
  sponsors: number
  callForPapers: boolean
  /** A challenge with a title, description, link or results (editions/challenge.ts). */
  challenge: boolean
}

export type EditionSectionId =
  | 'about'
  | 'speakers'
  | 'schedule'
  | 'papers'
  | 'challenge'
  | 'call-for-papers'
  | typeof IMPORTANT_DATES_ANCHOR
  | 'organizers'
  | 'volunteers'
  | 'affiliations'
  | 'sponsors'

export type EditionSection = {
  id: EditionSectionId
  label: string
  title: string
}

/** Every section an edition page can have, in page order. */
const SECTIONS: (EditionSection & {
  has: (counts: EditionCounts) => boolean
  always?: 'announced'
})[] = [
  { id: 'about', label: 'About', title: 'About', has: () => true },
  {
    id: 'speakers',
    label: 'Speakers',
    title: 'Speakers',
    has: (c) => c.speakers > 0,
    always: 'announced',
  },
  {
    id: 'schedule',
    label: 'Schedule',
    title: 'Schedule',
    has: (c) => c.sessions > 0,
    always: 'announced',
  },
  {
    id: 'papers',
    label: 'Papers',
    title: 'Accepted Papers',
    has: (c) => c.papers > 0,
    always: 'announced',
  },
  // Only an edition that has a challenge has the section, whatever its stage: most have none.
  {
    id: 'challenge',
    label: 'Challenge',
    title: 'Challenge',
    has: (c) => c.challenge,
  },
  {
    id: 'call-for-papers',
    label: 'Call for Papers',
    title: 'Call for Papers',
    has: (c) => c.callForPapers,
    always: 'announced',
  },
  {
    id: IMPORTANT_DATES_ANCHOR,
    label: 'Dates',
    title: 'Important Dates',
    has: (c) => c.importantDates > 0,
    always: 'announced',
  },
  {
    id: 'organizers',
    label: 'Organizers',
    title: 'Organizers',
    has: (c) => c.organizers > 0,
    always: 'announced',
  },
  {
    id: 'volunteers',
    label: 'Volunteers',
    title: 'Volunteers',
    has: (c) => c.volunteers > 0,
  },
  {
    id: 'affiliations',
    label: 'Affiliations',
    title: 'Organizer affiliations',
    has: (c) => c.affiliations > 0,
    always: 'announced',
  },
  {
    id: 'sponsors',
    label: 'Sponsors',
    title: 'Sponsors',
    has: (c) => c.sponsors > 0,
  },
]

export type OutlinedSection = EditionSection & {
  /** Shown with "To be announced": the current or a future edition has nothing here yet. */
  isEmpty: boolean
}

/** The sections an edition's page shows, in order; the header links to exactly these. */
export function editionOutline(stage: EditionStage, counts: EditionCounts): OutlinedSection[] {
  return SECTIONS.flatMap(({ has, always, ...section }): OutlinedSection[] => {
    if (has(counts)) return [{ ...section, isEmpty: false }]
    if (always === 'announced' && stage !== 'past') return [{ ...section, isEmpty: true }]
    return []
  })
}
