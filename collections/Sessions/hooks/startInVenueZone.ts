import type { CollectionBeforeValidateHook } from 'payload'

import { editionTimeZone, isSupportedZone } from '../../hooks/editionTimeZone'

/**
 * A session's time is the venue's: `start_tz` always names the edition's zone, whatever a client
 * sent, so the admin, the REST API and the site read the same instant on the same clock.
 */
export const startInVenueZone: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const zone = await editionTimeZone(req, data.edition ?? originalDoc?.edition)
  if (!isSupportedZone(zone)) return data
  return { ...data, start_tz: zone }
}
