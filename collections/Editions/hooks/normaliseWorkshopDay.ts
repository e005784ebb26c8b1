import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The workshop day is a calendar day, not an instant. The admin's day picker sends noon in the
 * editor's zone; API callers may send "2024-06-17". Both are pinned to noon UTC of that day,
 * which is the same calendar day in every zone from UTC-11 to UTC+11.
 */
export const normaliseWorkshopDay: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data?.date !== 'string' || data.date === '') return data
  const picked = new Date(data.date)
  if (Number.isNaN(picked.getTime())) return data
  const day = data.date.length === 10 ? data.date : picked.toISOString().slice(0, 10)
  return { ...data, date: `${day}T12:00:00.000Z` }
}
