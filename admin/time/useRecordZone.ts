'use client'
import { useFormFields } from '@payloadcms/ui'

import { deadlineZone } from '../../src/lib/time'
import { ANYWHERE_ON_EARTH } from '../../src/lib/timeZones'
import { type EditionFacts, useEditionOfForm } from './useEditionOfForm'

/** Whose clock a date field is typed on: the venue's (sessions) or the deadline's "read as" rule. */
export type ZoneRule = 'venue' | 'deadline'

export type RecordZone = {
  /** The IANA zone, or undefined until the edition it depends on is known. */
  zone: string | undefined
  /** Where the zone comes from, in the organizers' words: "venue time", "Anywhere on Earth". */
  source: string
  edition: EditionFacts | undefined
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function useRecordZone(rule: ZoneRule): RecordZone {
  const edition = useEditionOfForm()
  const readAs = useFormFields(([fields]) => asString(fields.readAs?.value))
  const namedZone = useFormFields(([fields]) => asString(fields.timeZone?.value))

  if (rule === 'venue' || readAs === 'venue' || !readAs) {
    return { zone: edition?.timeZone, source: edition ? 'venue time' : 'venue time, once the edition is chosen', edition }
  }
  if (readAs === 'aoe') return { zone: ANYWHERE_ON_EARTH, source: 'Anywhere on Earth', edition }
  const zone = deadlineZone({ readAs, timeZone: namedZone }, edition?.timeZone ?? 'UTC')
  return { zone: readAs === 'zone' && !namedZone ? edition?.timeZone : zone, source: 'the named zone', edition }
}
