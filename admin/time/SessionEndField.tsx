'use client'
import { FieldLabel, useFormFields } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import React from 'react'

import { formatDateTime, sessionEnd, zoneLabel } from '../../src/lib/time'
import { useRecordZone } from './useRecordZone'

/** The derived end, as the start plus the duration, on the same clock and with the same label as the start. */
export function SessionEndField({ field, path: pathFromProps }: DateFieldClientProps) {
  const path = pathFromProps ?? field.name
  const start = useFormFields(([fields]) => fields.start?.value)
  const duration = useFormFields(([fields]) => fields.durationMinutes?.value)
  const { zone } = useRecordZone('venue')

  const end =
    typeof start === 'string' && start !== '' && typeof duration === 'number' && duration > 0
      ? sessionEnd(start, duration)
      : undefined
  const text = end && zone ? `${formatDateTime(end, zone)} ${zoneLabel(zone, end)}` : 'Set the start, the duration and the edition.'

  return (
    <div className="field-type session-end" id={`field-${path}`}>
      <FieldLabel label={`End${zone ? ` · ${zoneLabel(zone, end ?? new Date())}` : ''}`} path={path} />
      <output className="session-end__value" aria-live="polite">
        {text}
      </output>
      <p className="field-description">Derived from the start and the duration.</p>
    </div>
  )
}
