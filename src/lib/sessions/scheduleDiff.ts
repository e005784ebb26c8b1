/**
 * What changed in an edition's schedule since it went public, worked out from the published
 * versions Payload keeps of each session (issue 9, "What changed"). Pure: the query in
 * `changes.ts` reads the versions; everything here is plain data in, plain data out.
 *
 * - The schedule went public with the earliest published version of any of its sessions. Its
 *   first publication is that one and every session first published within `initialGapMs` of the
 *   one before: a bulk publish or an import writes its sessions one after another, a few
 *   milliseconds to seconds apart, and none of them is "new". It settles `initialGapMs` after the
 *   last of them; what the sessions looked like then is the baseline.
 * - A session first published after that is new.
 * - A published version whose start differs from the session's previous published version is a
 *   move; a different title, room or length is a change of those.
 * - A session once published that is no longer (unpublished, or moved to another edition) is
 *   cancelled. A deleted session takes its versions with it, so it leaves no trace here.
 */

/** One published version of a session, as the versions collection keeps it. */
export type PublishedSessionVersion = {
  sessionId: string
  /** When this version was published: the version's `updatedAt`, which a published version keeps. */
  publishedAt: string
  title: string
  /** ISO instant. */
  start: string
  durationMinutes: number
  room?: string
}

/** Each session of the edition as it stands: published (visible) or not, and when that was last set. */
export type SessionStanding = {
  sessionId: string
  /** Published, and in this edition. */
  onSchedule: boolean
  /** When the document (not a draft of it) was last written: for a withdrawn session, when it was withdrawn. */
  updatedAt: string
}

export type SessionFieldChange =
  | { field: 'start'; from: string; to: string }
  | { field: 'duration'; from: number; to: number }
  | { field: 'title'; from: string; to: string }
  | { field: 'room'; from?: string; to?: string }

export type ScheduleChange = {
  kind: 'added' | 'changed' | 'cancelled'
  sessionId: string
  /** The session as the change left it (for a cancellation, as it was last published). */
  title: string
  start: string
  durationMinutes: number
  room?: string
  /** When the change was published. */
  publishedAt: string
  /** For `changed`: what changed, from what to what. */
  fields: SessionFieldChange[]
  /** The session is on the schedule now, so the entry can link to its row. */
  onSchedule: boolean
}

/** What a session's row says about it, against the schedule as first published. */
export type SessionChangeMarker =
  | { kind: 'new' }
  | {
      kind: 'changed'
      /** The start it had when the schedule was first published, when it has moved since. */
      movedFrom?: string
      /** Other things that differ from then. */
      changed: ('title' | 'room' | 'duration')[]
    }

export type ScheduleHistory = {
  /** When the schedule went public; undefined while no session has been published. */
  firstPublishedAt?: string
  /** Newest first. */
  changes: ScheduleChange[]
  /** By session id; only sessions on the schedule that are new or differ from the first publication. */
  markers: Record<string, SessionChangeMarker>
}

/** Sessions first published this close after one another still belong to the first publication. */
export const INITIAL_PUBLICATION_GAP_MS = 10_000

const time = (iso: string) => Date.parse(iso)

export function diffSessionFields(before: PublishedSessionVersion, after: PublishedSessionVersion): SessionFieldChange[] {
  const fields: SessionFieldChange[] = []
  if (time(before.start) !== time(after.start)) fields.push({ field: 'start', from: before.start, to: after.start })
  if (before.durationMinutes !== after.durationMinutes) {
    fields.push({ field: 'duration', from: before.durationMinutes, to: after.durationMinutes })
  }
  if (before.title !== after.title) fields.push({ field: 'title', from: before.title, to: after.title })
  if ((before.room ?? '') !== (after.room ?? '')) fields.push({ field: 'room', from: before.room, to: after.room })
  return fields
}

/** Each session's published versions, oldest first. */
function historiesOf(versions: PublishedSessionVersion[]): Map<string, PublishedSessionVersion[]> {
  const histories = new Map<string, PublishedSessionVersion[]>()
  for (const version of versions) {
    const history = histories.get(version.sessionId) ?? []
    history.push(version)
    histories.set(version.sessionId, history)
  }
  for (const history of histories.values()) history.sort((a, b) => time(a.publishedAt) - time(b.publishedAt))
  return histories
}

/**
 * The first publication: when it began, and when it settled, a gap after the last session
 * published in its run (what happens within that gap, an edit or a withdrawal, is still the
 * schedule being put together).
 */
function firstPublication(histories: Map<string, PublishedSessionVersion[]>, gapMs: number) {
  const firsts = [...histories.values()].map((history) => time(history[0]!.publishedAt)).sort((a, b) => a - b)
  const began = firsts[0]
  if (began === undefined) return undefined
  let last = began
  for (const first of firsts) {
    if (first - last > gapMs) break
    last = first
  }
  return { began, settled: last + gapMs }
}

export function diffSchedule({
  versions,
  standings,
  initialGapMs = INITIAL_PUBLICATION_GAP_MS,
}: {
  versions: PublishedSessionVersion[]
  standings: SessionStanding[]
  initialGapMs?: number
}): ScheduleHistory {
  const histories = historiesOf(versions)
  const publication = firstPublication(histories, initialGapMs)
  if (!publication) return { changes: [], markers: {} }
  const standingOf = new Map(standings.map((standing) => [standing.sessionId, standing]))
  const changes: ScheduleChange[] = []
  const markers: Record<string, SessionChangeMarker> = {}

  for (const [sessionId, history] of histories) {
    const standing = standingOf.get(sessionId)
    const onSchedule = standing?.onSchedule ?? false
    const baseline = history.filter((version) => time(version.publishedAt) <= publication.settled).at(-1)
    const entry = (kind: ScheduleChange['kind'], version: PublishedSessionVersion, publishedAt: string, fields: SessionFieldChange[] = []) => ({
      kind,
      sessionId,
      title: version.title,
      start: version.start,
      durationMinutes: version.durationMinutes,
      room: version.room,
      publishedAt,
      fields,
      onSchedule,
    })

    history.forEach((version, index) => {
      if (time(version.publishedAt) <= publication.settled) return
      const previous = history[index - 1]
      if (!previous) {
        changes.push(entry('added', version, version.publishedAt))
        return
      }
      const fields = diffSessionFields(previous, version)
      if (fields.length > 0) changes.push(entry('changed', version, version.publishedAt, fields))
    })

    const latest = history.at(-1)!
    if (!onSchedule) {
      // Withdrawn during the first publication, it was never part of the public schedule's story.
      if (standing ? time(standing.updatedAt) > publication.settled : time(latest.publishedAt) > publication.settled) {
        // Without a standing the session left no document in this edition (moved to another one);
        // its last publication here is the last sign of it.
        changes.push(entry('cancelled', latest, standing?.updatedAt ?? latest.publishedAt))
      }
      continue
    }
    if (!baseline) {
      markers[sessionId] = { kind: 'new' }
      continue
    }
    const fields = diffSessionFields(baseline, latest)
    if (fields.length === 0) continue
    const start = fields.find((field) => field.field === 'start')
    markers[sessionId] = {
      kind: 'changed',
      ...(start ? { movedFrom: baseline.start } : {}),
      changed: fields.flatMap((field) => (field.field === 'start' ? [] : [field.field])),
    }
  }

  changes.sort((a, b) => time(b.publishedAt) - time(a.publishedAt) || a.sessionId.localeCompare(b.sessionId))
  return { firstPublishedAt: new Date(publication.began).toISOString(), changes, markers }
}
