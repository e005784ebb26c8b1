import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { relationId } from '../../collections/fields/relationId'
import { deadlineZone, formatDateTime, zoneLabel } from '../../src/lib/time'
import { editionsForList } from '../edition/editionsForList'

type Row = { edition?: unknown; readAs?: string | null; timeZone?: string | null }

async function ZonedDate({ cellData, payload, rowData, rule }: DefaultServerCellComponentProps & { rule: 'venue' | 'deadline' }) {
  if (typeof cellData !== 'string' || cellData === '') return null
  const row = rowData as Row
  const editionId = relationId(row.edition)
  const venueZone = editionId ? (await editionsForList(payload)).get(editionId)?.timeZone : undefined
  const zone = rule === 'venue' ? venueZone : deadlineZone(row, venueZone ?? 'UTC')
  if (!zone) return <span>{cellData}</span>
  return <span className="zoned-date-cell">{`${formatDateTime(cellData, zone)} ${zoneLabel(zone, new Date(cellData))}`}</span>
}

/** A session time in a list, on the venue's clock like in the form, not the editor's. */
export function VenueDateCell(props: DefaultServerCellComponentProps) {
  return <ZonedDate {...props} rule="venue" />
}

/** A deadline in a list, on the clock of its "read as" rule. */
export function DeadlineDateCell(props: DefaultServerCellComponentProps) {
  return <ZonedDate {...props} rule="deadline" />
}
