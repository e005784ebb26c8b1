import type { Edition } from '../../payload-types'
import {
  type AffiliationView,
  type RichTextState,
  type SeoOverrides,
  reshapeAffiliations,
  reshapeSeo,
  text,
} from '../content/reshape'
import { type ChallengeView, reshapeChallenge } from './challenge'

/** The fields the edition queries select: reshaping needs these and nothing more. */
export type EditionDoc = Pick<
  Edition,
  | 'id'
  | 'name'
  | 'year'
  | 'tagline'
  | 'conference'
  | 'city'
  | 'venue'
  | 'room'
  | 'date'
  | 'timeZone'
  | 'isCurrent'
  | 'about'
  | 'callForPapers'
  | 'sponsors'
  | 'organizerAffiliations'
  | 'navigation'
  | 'challenge'
  | 'meta'
>

export type EditionView = {
  id: string
  name: string
  year: number
  tagline?: string
  conference: string
  city?: string
  venue?: string
  room?: string
  /** The workshop day, pinned to noon UTC (see normaliseWorkshopDay). */
  date?: string
  timeZone: string
  isCurrent: boolean
  about?: RichTextState
  callForPapers: {
    text?: RichTextState
    topics: string[]
    submissionUrl?: string
    contactEmail?: string
  }
  sponsors: AffiliationView[]
  /** Editors' explicit logo order; empty means "derive it from the organizers". */
  organizerAffiliations: AffiliationView[]
  /** This edition's own header links; empty means "the site's links". */
  navigation: { label: string; href: string }[]
  /** Its challenge (competition), when organizers have entered one. */
  challenge?: ChallengeView
  /** Where this edition's pages live: '' for the current edition, '/2024' for an archive. */
  basePath: string
  seo: SeoOverrides
}

export type EditionLink = { name: string; year: number; isCurrent: boolean; href: string }

export function editionPath(edition: { year: number; isCurrent?: boolean | null }): string {
  return edition.isCurrent ? '' : `/${edition.year}`
}

export function reshapeEdition(doc: EditionDoc): EditionView {
  return {
    id: doc.id,
    name: doc.name,
    year: doc.year,
    tagline: text(doc.tagline),
    conference: doc.conference,
    city: text(doc.city),
    venue: text(doc.venue),
    room: text(doc.room),
    date: text(doc.date),
    timeZone: doc.timeZone,
    isCurrent: Boolean(doc.isCurrent),
    about: doc.about ?? undefined,
    callForPapers: {
      text: doc.callForPapers?.text ?? undefined,
      topics: (doc.callForPapers?.topics ?? []).map((entry) => entry.topic),
      submissionUrl: text(doc.callForPapers?.submissionUrl),
      contactEmail: text(doc.callForPapers?.contactEmail),
    },
    sponsors: reshapeAffiliations(doc.sponsors),
    organizerAffiliations: reshapeAffiliations(doc.organizerAffiliations),
    navigation: (doc.navigation ?? []).map(({ label, href }) => ({ label, href })),
    challenge: reshapeChallenge(doc.challenge),
    basePath: editionPath(doc),
    seo: reshapeSeo(doc.meta),
  }
}

export function reshapeEditionLink(doc: Pick<Edition, 'name' | 'year' | 'isCurrent'>): EditionLink {
  return { name: doc.name, year: doc.year, isCurrent: Boolean(doc.isCurrent), href: editionPath(doc) || '/' }
}
