import type { SessionChangeMarker } from '@/lib/sessions/changes'

import { ChangedTime } from './ChangeTime.client'

const CHANGED_LABELS = { title: 'Title changed', room: 'Room changed', duration: 'Length changed' } as const

/**
 * What a row says when its session differs from the schedule as first published: "New", "Moved
 * from 09:00" (in the zone the row shows), "Room changed". Words in a quiet outlined tag, so it
 * reads without colour and does not compete with "Now" and "Next".
 */
export function ChangeMarker({ marker, start, venueZone }: { marker?: SessionChangeMarker; start: string; venueZone: string }) {
  if (!marker) return null
  if (marker.kind === 'new') {
    return (
      <span className="change-notes">
        <span className="change-note">
          New<span className="visually-hidden"> since the schedule was first published</span>
        </span>
      </span>
    )
  }
  return (
    <span className="change-notes">
      {marker.movedFrom ? (
        <span className="change-note">
          Moved from <ChangedTime at={marker.movedFrom} sameDayAs={start} venueZone={venueZone} />
        </span>
      ) : null}
      {marker.changed.map((field) => (
        <span key={field} className="change-note">
          {CHANGED_LABELS[field]}
        </span>
      ))}
    </span>
  )
}
