/**
 * What an edition still lacks, from the few fields the dashboard reads: plain functions over plain
 * records, so the rules are tested without a server (tests/unit/editionChecks.test.ts).
 */
import { calendarDay, deadlineZone } from '../../src/lib/time'
import { addMinutes, rangesOverlap } from '../../src/lib/validation'

type Ref = string | { id: string } | null | undefined

export type EditionFacts = { id: string; name: string; year: number; date?: string | null; timeZone: string; room?: string | null }
export type SpeakerFacts = { id: string; name: string; photo?: Ref; bio?: unknown }
/** A session as the dashboard reads it, drafts included: "Create new" saves one with nothing filled in yet. */
export type SessionFacts = {
  id: string
  title: string | null
  kind: string
  start: string | null
  durationMinutes: number | null
  room?: string | null
  speakers?: Ref[] | null
  papers?: Ref[] | null
}
export type PaperFacts = { id: string; title: string; presentation: string; session?: Ref }
export type OrganizerFacts = { id: string; name: string; affiliation?: Ref }
export type ImportantDateFacts = { id: string; label: string; due: string | null; readAs?: string | null; timeZone?: string | null }

export type Problem = { collection: string; id: string; title: string | null; detail?: string }
export type MissingSection = { key: string; label: string; problems: Problem[] }
export type Overlap = { first: Problem; second: Problem; room: string }
export type UpcomingDeadline = { id: string; label: string; due: string; zone: string }

const refId = (ref: Ref): string | undefined => (typeof ref === 'string' ? ref : (ref?.id ?? undefined))

/** True when a rich-text value holds some text (Lexical's empty editor is a paragraph with nothing in it). */
export function hasText(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown }
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (node.root) return hasText(node.root)
  return Array.isArray(node.children) && node.children.some(hasText)
}

/** Talks need a speaker; a panel needs its panelists. */
const TALK_KINDS = new Set(['invited-talk', 'panel'])

export function findMissing(input: {
  edition: EditionFacts
  speakers: SpeakerFacts[]
  sessions: SessionFacts[]
  papers: PaperFacts[]
  organizers: OrganizerFacts[]
}): MissingSection[] {
  const { edition, speakers, sessions, papers, organizers } = input
  const inASession = new Set(sessions.flatMap((session) => (session.papers ?? []).map(refId)))
  const workshopDay = edition.date ? edition.date.slice(0, 10) : undefined
  const sections: MissingSection[] = [
    {
      key: 'workshop-date',
      label: 'No workshop date',
      problems: workshopDay ? [] : [{ collection: 'editions', id: edition.id, title: edition.name }],
    },
    {
      key: 'speaker-photo',
      label: 'Speakers without a photo',
      problems: speakers.filter((speaker) => !refId(speaker.photo)).map((speaker) => ({ collection: 'speakers', id: speaker.id, title: speaker.name })),
    },
    {
      key: 'speaker-bio',
      label: 'Speakers without a bio',
      problems: speakers.filter((speaker) => !hasText(speaker.bio)).map((speaker) => ({ collection: 'speakers', id: speaker.id, title: speaker.name })),
    },
    {
      key: 'oral-session',
      label: 'Orals in no session',
      problems: papers
        .filter((paper) => paper.presentation === 'oral' && !refId(paper.session) && !inASession.has(paper.id))
        .map((paper) => ({ collection: 'papers', id: paper.id, title: paper.title })),
    },
    {
      key: 'talk-speaker',
      label: 'Talks with no speaker',
      problems: sessions
        .filter((session) => TALK_KINDS.has(session.kind) && (session.speakers ?? []).length === 0)
        .map((session) => ({ collection: 'sessions', id: session.id, title: session.title })),
    },
    {
      key: 'organizer-affiliation',
      label: 'Organizers without an affiliation',
      problems: organizers
        .filter((organizer) => !refId(organizer.affiliation))
        .map((organizer) => ({ collection: 'organizers', id: organizer.id, title: organizer.name })),
    },
    {
      key: 'session-day',
      label: 'Sessions outside the workshop day',
      problems: workshopDay
        ? sessions.filter(isTimed).flatMap((session) => {
            const day = calendarDay(session.start, edition.timeZone)
            return day === workshopDay ? [] : [{ collection: 'sessions', id: session.id, title: session.title, detail: `on ${day}` }]
          })
        : [],
    },
  ]
  return sections
}

type TimedSession = SessionFacts & { start: string; durationMinutes: number }

/** A draft may have no start or duration yet: it is in no room at any time. */
function isTimed(session: SessionFacts): session is TimedSession {
  return typeof session.start === 'string' && session.start !== '' && typeof session.durationMinutes === 'number'
}

/** Sessions sharing a room at the same time (drafts skip the save-time check, so they can). */
export function findOverlaps(edition: EditionFacts, sessions: SessionFacts[]): Overlap[] {
  const roomOf = (session: SessionFacts) => session.room?.trim() || edition.room?.trim() || ''
  const ranged = sessions
    .filter(isTimed)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((session) => ({ session, range: { start: new Date(session.start), end: addMinutes(new Date(session.start), session.durationMinutes) } }))
  const overlaps: Overlap[] = []
  ranged.forEach((a, index) => {
    for (const b of ranged.slice(index + 1)) {
      if (b.range.start >= a.range.end) break
      if (roomOf(a.session) !== roomOf(b.session) || !rangesOverlap(a.range, b.range)) continue
      overlaps.push({
        first: { collection: 'sessions', id: a.session.id, title: a.session.title },
        second: { collection: 'sessions', id: b.session.id, title: b.session.title },
        room: roomOf(a.session),
      })
    }
  })
  return overlaps
}

/** The next deadlines, soonest first, each with the zone it is read in. */
export function upcomingDeadlines(edition: EditionFacts, dates: ImportantDateFacts[], now: Date, count = 3): UpcomingDeadline[] {
  return dates
    .flatMap((date) => (date.due && new Date(date.due).getTime() >= now.getTime() ? [{ ...date, due: date.due }] : []))
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, count)
    .map((date) => ({ id: date.id, label: date.label, due: date.due, zone: deadlineZone(date, edition.timeZone) }))
}

/** "in 3 days, 4 hours", "in 2 hours, 5 minutes", "in 40 minutes": a countdown a person reads at a glance. */
export function countdown(due: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((new Date(due).getTime() - now.getTime()) / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  const unit = (value: number, name: string) => `${value} ${name}${value === 1 ? '' : 's'}`
  if (days > 0) return `in ${unit(days, 'day')}${hours ? `, ${unit(hours, 'hour')}` : ''}`
  if (hours > 0) return `in ${unit(hours, 'hour')}${rest ? `, ${unit(rest, 'minute')}` : ''}`
  return `in ${unit(rest, 'minute')}`
}
