import type { SessionView } from '@/lib/reshape'
import { sessionAnchor, sitePaths } from '@/lib/siteUrl'
import { formatDate, formatTime, zoneLabel } from '@/lib/time'

/** "Poster Session, 17 June 2024, 11:40–12:30 PDT": a session named in a sentence, linked to its row. */
export function SessionMention({ session, basePath, timeZone }: { session: SessionView; basePath: string; timeZone: string }) {
  return (
    <>
      <a href={`${basePath}${sitePaths.schedule()}#${sessionAnchor(session.id)}`}>{session.title}</a>,{' '}
      {formatDate(session.start, timeZone)}, {formatTime(session.start, timeZone)}–{formatTime(session.end, timeZone)}{' '}
      {zoneLabel(timeZone, new Date(session.start))}
    </>
  )
}
