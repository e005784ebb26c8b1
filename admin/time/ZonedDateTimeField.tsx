'use client'
import { DatePicker, FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import React, { useEffect, useRef, useState } from 'react'

import { formatDateTime, toWallClock, type WallClock, wallClockToInstant, zoneLabel, zoneLongName } from '../../src/lib/time'
import { ADMIN_TIME_ZONES } from '../../src/lib/timeZones'
import { type ZoneRule, useRecordZone } from './useRecordZone'

type Props = DateFieldClientProps & {
  /** Whose clock the date is typed on. */
  zoneRule: ZoneRule
  /** Minutes between the entries of the time list; any time can still be typed. */
  timeIntervals?: number
  /** The `<name>_tz` companion Payload keeps for `timezone: true` fields, set to the zone used. */
  hasZoneCompanion?: boolean
}

/** Until the edition is known a typed time is held as UTC, and moved to the zone once it is. */
const PROVISIONAL_ZONE = 'UTC'
const SUPPORTED_ZONES = new Set<string>(ADMIN_TIME_ZONES.map(({ value }) => value))

function toIso(wall: WallClock, zone: string): string {
  return wallClockToInstant(wall.year, wall.monthIndex, wall.day, wall.hour, wall.minute, zone).toISOString()
}

// react-datepicker only knows the browser's zone: it is handed a Date whose local fields are the
// wall clock in the record's zone, and what it returns is read back the same way.
function toPickerDate(wall: WallClock): Date {
  return new Date(wall.year, wall.monthIndex, wall.day, wall.hour, wall.minute)
}

function fromPickerDate(date: Date): WallClock {
  return {
    year: date.getFullYear(),
    monthIndex: date.getMonth(),
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  }
}

/**
 * A date and time typed on the clock of the zone the record belongs to (the venue's for a
 * session, the "read as" rule's for a deadline), whatever the editor's own zone. The form holds
 * the UTC instant; the wall clock typed is kept when the zone changes (another edition, another
 * rule), so the instant moves with it instead of the time shown.
 */
export function ZonedDateTimeField(props: Props) {
  const { field, path: pathFromProps, readOnly, zoneRule, timeIntervals = 30, hasZoneCompanion = false } = props
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, errorMessage, disabled } = useField<null | string>({ path })
  const companion = useField<null | string>({ path: `${path}_tz` })
  const { zone, source, edition } = useRecordZone(zoneRule)

  const [wall, setWall] = useState<WallClock | null>(null)
  const wallRef = useRef<WallClock | null>(null)
  // The value this field last wrote, and the zone the wall clock was last read in.
  const written = useRef<null | string | undefined>(undefined)
  const wallZone = useRef<string | undefined>(undefined)

  const keepWall = (next: WallClock | null) => {
    wallRef.current = next
    setWall(next)
  }

  useEffect(() => {
    const stored = value ?? null
    if (stored !== written.current) {
      // Loaded, reset after a save, or restored from a version: read the instant in the zone.
      if (stored && !zone) return
      keepWall(stored && zone ? toWallClock(stored, zone) : null)
      written.current = stored
      wallZone.current = zone
      return
    }
    if (zone && wallZone.current !== zone) {
      wallZone.current = zone
      const current = wallRef.current
      if (!current) return
      const moved = toIso(current, zone)
      written.current = moved
      setValue(moved)
    }
  }, [value, zone, setValue])

  const companionValue = companion.value
  const setCompanion = companion.setValue
  useEffect(() => {
    if (!hasZoneCompanion || !zone || !SUPPORTED_ZONES.has(zone) || companionValue === zone) return
    setCompanion(zone, true)
  }, [hasZoneCompanion, zone, companionValue, setCompanion])

  const onChange = (picked: Date | null) => {
    const next = picked ? fromPickerDate(picked) : null
    keepWall(next)
    const effectiveZone = zone ?? PROVISIONAL_ZONE
    wallZone.current = effectiveZone
    const instant = next ? toIso(next, effectiveZone) : null
    written.current = instant
    setValue(instant)
  }

  const label = typeof field.label === 'string' ? field.label : field.name
  const inputId = `field-${path.replace(/\./g, '__')}-input`
  const openOn = edition?.date ? new Date(edition.date) : edition ? new Date(edition.year, 5, 1) : undefined
  const openToDate = openOn && zone ? toPickerDate(toWallClock(openOn, zone)) : openOn
  // The zone's name at the time typed; before one is, at the edition's month (CDT in June, not CST).
  const at = value ? new Date(value) : (openOn ?? new Date())
  const zoneText = zone ? `${zoneLabel(zone, at)}, ${source}` : source

  return (
    <div className={`field-type date-time-field zoned-date-time${showError ? ' error' : ''}`} id={`field-${path.replace(/\./g, '__')}`}>
      <FieldLabel
        label={`${label} · ${zone ? zoneLabel(zone, at) : 'venue time'}`}
        path={path}
        required={field.required}
        htmlFor={inputId}
      />
      <div className="field-type__wrap">
        <FieldError path={path} message={errorMessage} showError={showError} />
        <DatePicker
          value={wall ? toPickerDate(wall) : undefined}
          onChange={onChange}
          readOnly={readOnly || disabled}
          pickerAppearance="dayAndTime"
          displayFormat="yyyy-MM-dd HH:mm"
          timeFormat="HH:mm"
          timeIntervals={timeIntervals}
          placeholder="YYYY-MM-DD HH:mm"
          overrides={{ id: inputId, ...(openToDate ? { openToDate } : {}) }}
        />
      </div>
      <p className="zoned-date-time__zone" data-zone={zone ?? ''} title={zone ? zoneLongName(zone, at) : undefined}>
        {value && zone ? `${formatDateTime(value, zone)} ${zoneText}` : `Typed in ${zoneText}${zone ? ` (${zone})` : ''}.`}
      </p>
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
