import type { ReactNode } from 'react'

import type { ScheduleChange, ScheduleHistory, SessionFieldChange } from '@/lib/sessions/changes'
import { sessionAnchor } from '@/lib/siteUrl'
import { zoneLabel } from '@/lib/time'

import { ChangedDay, ChangedMoment, ChangedTime } from './ChangeTime.client'
import { ZoneSwitch } from './ZoneSwitch.client'

type ScheduleChangesProps = {
  history: ScheduleHistory
  venueZone: string
  /** The edition's own room: what a session with none is in. */
  defaultRoom?: string
  /** The schedule page the entries link into. */
  schedulePath: string
}

const KIND_LABELS = { added: 'Added', moved: 'Moved', changed: 'Changed', cancelled: 'Cancelled' } as const

function kindOf(change: ScheduleChange): keyof typeof KIND_LABELS {
  if (change.kind !== 'changed') return change.kind
  return change.fields.some((field) => field.field === 'start') ? 'moved' : 'changed'
}

/**
 * The list of changes since the schedule was first published, newest first: what changed, from
 * what to what, and when the change was published. Times follow the schedule's zone switch.
 */
export function ScheduleChanges({ history, venueZone, defaultRoom, schedulePath }: ScheduleChangesProps) {
  const { firstPublishedAt, changes } = history
  if (!firstPublishedAt) return <p className="tba">The schedule has not been published yet.</p>
  const at = changes[0]?.start ?? firstPublishedAt
  const venueLabel = zoneLabel(venueZone, new Date(at))

  return (
    <div className="schedule-changes">
      <ZoneSwitch venueZone={venueZone} venueLabel={venueLabel} at={at} />
      {changes.length === 0 ? (
        <p className="changes-empty">
          Nothing has changed since the schedule was first published on{' '}
          <ChangedMoment at={firstPublishedAt} venueZone={venueZone} />.
        </p>
      ) : (
        <>
          <p>
            {changes.length === 1 ? 'One change' : `${changes.length} changes`} since the schedule was first published on{' '}
            <ChangedMoment at={firstPublishedAt} venueZone={venueZone} />, newest first.
          </p>
          <ol className="change-list">
            {changes.map((change) => (
              <li key={`${change.sessionId}-${change.kind}-${change.publishedAt}`} className="change">
                <ChangeEntry change={change} venueZone={venueZone} defaultRoom={defaultRoom} schedulePath={schedulePath} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  )
}

function ChangeEntry({ change, venueZone, defaultRoom, schedulePath }: { change: ScheduleChange } & Omit<ScheduleChangesProps, 'history'>) {
  const kind = kindOf(change)
  const title = change.onSchedule ? <a href={`${schedulePath}#${sessionAnchor(change.sessionId)}`}>{change.title}</a> : change.title
  const roomOf = (room?: string) => room ?? defaultRoom ?? 'no room given'
  return (
    <>
      <p className="change-what">
        <span className={`change-kind change-kind-${kind}`}>{KIND_LABELS[kind]}</span> {title}
      </p>
      <ul className="change-details">
        {change.kind === 'changed' ? (
          change.fields.map((field) => (
            <li key={field.field}>
              <FieldChange field={field} venueZone={venueZone} roomOf={roomOf} />
            </li>
          ))
        ) : (
          <li>
            {change.kind === 'cancelled' ? 'Was on' : 'On'} <ChangedDay at={change.start} venueZone={venueZone} /> at{' '}
            <ChangedTime at={change.start} venueZone={venueZone} />, {change.durationMinutes} min, {roomOf(change.room)}.
          </li>
        )}
      </ul>
      <p className="change-when">
        Published <ChangedMoment at={change.publishedAt} venueZone={venueZone} />
      </p>
    </>
  )
}

function FieldChange({ field, venueZone, roomOf }: { field: SessionFieldChange; venueZone: string; roomOf: (room?: string) => string }): ReactNode {
  switch (field.field) {
    case 'start':
      return (
        <>
          Time: from <ChangedTime at={field.from} sameDayAs={field.to} venueZone={venueZone} /> to{' '}
          <ChangedTime at={field.to} venueZone={venueZone} /> on <ChangedDay at={field.to} venueZone={venueZone} />
        </>
      )
    case 'duration':
      return `Length: from ${field.from} to ${field.to} min`
    case 'title':
      return `Title: from “${field.from}” to “${field.to}”`
    case 'room':
      return `Room: from ${roomOf(field.from)} to ${roomOf(field.to)}`
  }
}
