import type { DateFieldValidation, Where } from 'payload'

import { addMinutes, rangesOverlap } from '../../../src/lib/validation'
import { relationId } from '../../fields/relationId'

type SessionInput = { durationMinutes?: number | null; room?: string | null; edition?: unknown; title?: string }

/**
 * Two sessions of one edition may not share a room at the same time. A session without a room is
 * in the edition's room. Ranges are half-open, so back-to-back sessions are fine.
 */
export const noOverlapInRoom: DateFieldValidation = async (value, { data, id, req }) => {
  if (!value) return 'A start time is required.'
  const start = new Date(value)
  if (Number.isNaN(start.getTime())) return `"${String(value)}" is not a date and time.`
  const session = data as SessionInput
  const editionId = relationId(session.edition)
  const duration = session.durationMinutes
  if (!editionId || typeof duration !== 'number' || duration <= 0) return true

  const edition = await req.payload.findByID({
    collection: 'editions',
    id: editionId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { room: true },
  })
  const roomOf = (room?: string | null) => (room?.trim() ? room.trim() : (edition?.room ?? ''))
  const room = roomOf(session.room)

  const conditions: Where[] = [{ edition: { equals: editionId } }, { start: { less_than: addMinutes(start, duration).toISOString() } }]
  if (id !== undefined) conditions.push({ id: { not_equals: id } })
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where: { and: conditions },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
    select: { title: true, start: true, durationMinutes: true, room: true },
  })
  const range = { start, end: addMinutes(start, duration) }
  const clash = docs.find(
    (other) =>
      roomOf(other.room) === room &&
      rangesOverlap(range, { start: new Date(other.start), end: addMinutes(new Date(other.start), other.durationMinutes) }),
  )
  if (!clash) return true
  const where = room ? `in ${room}` : 'in the same room'
  return `This overlaps "${clash.title}" ${where}. Change the start, the duration or the room.`
}
