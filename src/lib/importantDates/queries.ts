import { cache } from 'react'

import { type Selection, currentReader } from '../content/reader'
import { payloadClient } from '../payload'
import { type ImportantDateDoc, type ImportantDateView, reshapeImportantDate } from './reshape'

const IMPORTANT_DATE_FIELDS = {
  label: true,
  due: true,
  previousDue: true,
  readAs: true,
  timeZone: true,
  kind: true,
  showTime: true,
  note: true,
} as const satisfies Selection<ImportantDateDoc>

export const getImportantDates = cache(async (editionId: string): Promise<ImportantDateView[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'important-dates',
    where: { edition: { equals: editionId } },
    select: IMPORTANT_DATE_FIELDS,
    sort: ['order', 'due'],
    depth: 0,
    limit: 0,
    pagination: false,
    ...(await currentReader()),
  })
  return docs.map(reshapeImportantDate)
})
