'use client'
import { FieldDescription, FieldError, FieldLabel, useField, useFormInitializing } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'
import React, { useEffect, useRef } from 'react'

import { VENUE_TIME_ZONES } from '../../src/lib/timeZones'
import { useEditionOfForm } from './useEditionOfForm'

const NAMED_PREFIX = 'zone:'

/**
 * The one control for a deadline's zone. It writes both `readAs` and `timeZone`, so the rule and
 * the zone can never disagree; the dates above it keep the wall clock typed when it changes.
 */
export function DeadlineZoneField({ field, path: pathFromProps, readOnly }: SelectFieldClientProps) {
  const path = pathFromProps ?? field.name
  const readAs = useField<null | string>({ path })
  const timeZone = useField<null | string>({ path: 'timeZone' })
  const edition = useEditionOfForm()
  const initializing = useFormInitializing()
  const started = useRef(false)

  // A date without a rule starts on Anywhere on Earth, the rule most calls for papers use. Not
  // only before the first save: autosave gives a new date its id before this runs.
  const setReadAs = readAs.setValue
  useEffect(() => {
    if (initializing || started.current) return
    started.current = true
    if (!readAs.value) setReadAs('aoe')
  }, [initializing, readAs.value, setReadAs])

  const named = timeZone.value ?? ''
  const selected = readAs.value === 'zone' ? `${NAMED_PREFIX}${named}` : (readAs.value ?? '')
  const namedZones: string[] = [...VENUE_TIME_ZONES]
  if (named && !namedZones.includes(named)) namedZones.unshift(named)

  const onChange = (event: React.ChangeEvent<HTMLSelectElement>) => {
    const choice = event.target.value
    if (choice.startsWith(NAMED_PREFIX)) {
      readAs.setValue('zone')
      timeZone.setValue(choice.slice(NAMED_PREFIX.length))
      return
    }
    readAs.setValue(choice || null)
    timeZone.setValue(null)
  }

  return (
    <div className={`field-type select deadline-zone${readAs.showError ? ' error' : ''}`} id={`field-${path}`}>
      <FieldLabel label="Read as (time zone)" path={path} required={field.required} htmlFor={`field-${path}-select`} />
      <div className="field-type__wrap">
        <FieldError path={path} message={readAs.errorMessage} showError={readAs.showError} />
        <select
          id={`field-${path}-select`}
          name={path}
          value={selected}
          onChange={onChange}
          disabled={readOnly || readAs.disabled}
          style={{ width: '100%', minHeight: '2.5rem' }}
        >
          <option value="">Choose…</option>
          <option value="aoe">Anywhere on Earth (UTC−12)</option>
          <option value="venue">{`The venue's zone${edition ? ` (${edition.timeZone.replace(/_/g, ' ')})` : ''}`}</option>
          <optgroup label="A named time zone">
            {namedZones.map((zone) => (
              <option key={zone} value={`${NAMED_PREFIX}${zone}`}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <FieldDescription description="The dates of this record are typed and shown on this clock." path={path} />
    </div>
  )
}
