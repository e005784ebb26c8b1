import { cache } from 'react'

import { payloadClient } from '../payload'
import {
  type PublishedSessionVersion,
  type ScheduleHistory,
  type SessionStanding,
  diffSchedule,
} from './scheduleDiff'

export type {
  ScheduleChange,
  ScheduleHistory,
  SessionChangeMarker,
  SessionFieldChange,
} from './scheduleDiff'

/**
 * An edition's schedule changes, from Payload's version history of its sessions (`_sessions_v`):
 * two queries whatever the number of sessions, one for the versions and one for where each
 * session stands now.
 *
 * Version history holds drafts, so reading it is staff-only (`readVersions` in
 * collections/access/publishedContent.ts) and a visitor's own access would read nothing. These
 * reads run with `overrideAccess: true`, and that is safe because of what they ask for: versions
 * whose `_status` is `published` (what visitors already saw), and of the sessions themselves only
 * their id, status, edition and `updatedAt`, never a draft's content. The REST and GraphQL
 * version endpoints keep their staff-only access. Editors in draft mode see the same history:
 * only published versions count.
 */
export const getScheduleChanges = cache(async (editionId: string): Promise<ScheduleHistory> => {
  const payload = await payloadClient()
  const { docs } = await payload.findVersions({
    collection: 'sessions',
    where: {
      and: [{ 'version.edition': { equals: editionId } }, { 'version._status': { equals: 'published' } }],
    },
    select: { parent: true, updatedAt: true, version: { title: true, start: true, durationMinutes: true, room: true } },
    sort: 'updatedAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const versions: PublishedSessionVersion[] = docs.map((doc) => ({
    sessionId: String(doc.parent),
    publishedAt: doc.updatedAt,
    title: doc.version.title,
    start: doc.version.start,
    durationMinutes: doc.version.durationMinutes,
    room: doc.version.room?.trim() || undefined,
  }))
  const sessionIds = [...new Set(versions.map((version) => version.sessionId))]
  if (sessionIds.length === 0) return diffSchedule({ versions, standings: [] })

  // The document's own row, not its latest draft (`draft: false`): a draft saved over a published
  // session leaves that row published, an unpublish turns it into a draft and stamps its updatedAt.
  const sessions = await payload.find({
    collection: 'sessions',
    where: { id: { in: sessionIds } },
    select: { _status: true, edition: true, updatedAt: true },
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const standings: SessionStanding[] = sessions.docs.map((doc) => ({
    sessionId: doc.id,
    onSchedule: doc._status === 'published' && editionIdOf(doc.edition) === editionId,
    updatedAt: doc.updatedAt,
  }))
  return diffSchedule({ versions, standings })
})

function editionIdOf(edition: string | { id: string } | null | undefined): string | undefined {
  return typeof edition === 'object' && edition !== null ? edition.id : (edition ?? undefined)
}
