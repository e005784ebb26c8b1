import type { CollectionBeforeValidateHook } from 'payload'

import { deadlineZone } from '../../../src/lib/time'
import { editionTimeZone, isSupportedZone } from '../../hooks/editionTimeZone'

/**
 * The "read as" rule is the one source of a deadline's zone: `due_tz` follows it (AoE, the
 * venue's zone, or the named zone), and a named zone is dropped when the rule is not "zone".
 */
export const dueInItsRule: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const readAs: unknown = data.readAs ?? originalDoc?.readAs
  if (typeof readAs !== 'string') return data
  const named: unknown = 'timeZone' in data ? data.timeZone : originalDoc?.timeZone
  const timeZone = readAs === 'zone' && typeof named === 'string' && named !== '' ? named : null
  const venue = readAs === 'venue' ? await editionTimeZone(req, data.edition ?? originalDoc?.edition) : undefined
  const zone = readAs === 'venue' ? venue : deadlineZone({ readAs, timeZone }, 'UTC')
  return isSupportedZone(zone) ? { ...data, timeZone, due_tz: zone } : { ...data, timeZone }
}
