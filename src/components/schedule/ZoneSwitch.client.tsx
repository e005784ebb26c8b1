'use client'

import { useId } from 'react'

import { zoneLabel } from '@/lib/time'

import { chooseZone, useScheduleZone } from '../time/clock'

type ZoneProps = {
  venueZone: string
  /** Rendered on the server, so the browser's own zone data cannot make hydration differ. */
  venueLabel: string
  /** The instant zone offsets are read at: the event's first session. */
  at: string
}

function visitorLabelOf(visitorZone: string | null, at: string): string | undefined {
  return visitorZone ? `${zoneLabel(visitorZone, new Date(at))}, ${visitorZone.replace(/_/g, ' ')}` : undefined
}

/**
 * The one switch between the venue's zone and the visitor's. Without JavaScript the visitor's
 * option stays disabled: the server cannot know their zone.
 */
export function ZoneSwitch({ venueZone, venueLabel, at }: ZoneProps) {
  const name = useId()
  const { choice, visitorZone } = useScheduleZone(venueZone)
  const visitorLabel = visitorLabelOf(visitorZone, at)

  return (
    <fieldset className="zone-switch">
      <legend>Show times in</legend>
      <label>
        <input
          type="radio"
          name={name}
          value="venue"
          checked={choice === 'venue'}
          onChange={() => chooseZone('venue')}
        />{' '}
        Venue time, {venueLabel}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          value="visitor"
          checked={choice === 'visitor'}
          disabled={!visitorZone}
          onChange={() => chooseZone('visitor')}
        />{' '}
        Your time{visitorLabel ? `, ${visitorLabel}` : ''}
      </label>
    </fieldset>
  )
}

/** The caption's zone sentence, announced when the switch changes it. */
export function ScheduleZoneNote({ venueZone, venueLabel, at }: ZoneProps) {
  const { choice, visitorZone } = useScheduleZone(venueZone)
  const visitorLabel = visitorLabelOf(visitorZone, at)
  return (
    <span aria-live="polite">
      {choice === 'visitor' && visitorLabel
        ? `Times in your time zone, ${visitorLabel}.`
        : `Times in the venue's time zone, ${venueLabel}.`}
    </span>
  )
}
