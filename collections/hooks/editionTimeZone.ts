import type { PayloadRequest } from 'payload'

import { ADMIN_TIME_ZONES } from '../../src/lib/timeZones'
import { relationId } from '../fields/relationId'

const SUPPORTED = new Set<string>(ADMIN_TIME_ZONES.map(({ value }) => value))

/** Whether Payload's `<field>_tz` companion (an enum of ADMIN_TIME_ZONES) can hold the zone. */
export function isSupportedZone(zone: string | undefined | null): zone is (typeof ADMIN_TIME_ZONES)[number]['value'] {
  return typeof zone === 'string' && SUPPORTED.has(zone)
}

/** The venue zone of the edition a record belongs to, or undefined when there is none (yet). */
export async function editionTimeZone(req: PayloadRequest, edition: unknown): Promise<string | undefined> {
  const id = relationId(edition)
  if (!id) return undefined
  const found = await req.payload.findByID({
    collection: 'editions',
    id,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { timeZone: true },
  })
  return found?.timeZone ?? undefined
}
