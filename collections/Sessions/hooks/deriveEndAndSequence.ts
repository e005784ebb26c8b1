import type { CollectionBeforeChangeHook } from 'payload'

import { addMinutes } from '../../../src/lib/validation'

/**
 * The end is derived, never typed. SEQUENCE (RFC 5545) goes up by one on every published change:
 * subscribed calendars only ever see published sessions, and drafts autosave every few seconds.
 */
export const deriveEndAndSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  const start = data.start ?? originalDoc?.start
  const duration = data.durationMinutes ?? originalDoc?.durationMinutes
  const next = { ...data }
  if (start && typeof duration === 'number') {
    next.end = addMinutes(new Date(start), duration).toISOString()
  }
  const previous = Number(originalDoc?.sequence) || 0
  // An imported session keeps the sequence it was exported with: it is the same calendar event.
  if (operation === 'create' && context.importing && typeof data.sequence === 'number') next.sequence = data.sequence
  else next.sequence = operation === 'create' ? 0 : data._status === 'draft' ? previous : previous + 1
  return next
}
