import type { CollectionBeforeChangeHook } from 'payload'

import { addMinutes } from '../../../src/lib/validation'

/** The end is derived, never typed; SEQUENCE (RFC 5545) goes up by one on every saved change. */
export const deriveEndAndSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const start = data.start ?? originalDoc?.start
  const duration = data.durationMinutes ?? originalDoc?.durationMinutes
  const next = { ...data }
  if (start && typeof duration === 'number') {
    next.end = addMinutes(new Date(start), duration).toISOString()
  }
  next.sequence = operation === 'create' ? 0 : (Number(originalDoc?.sequence) || 0) + 1
  return next
}
