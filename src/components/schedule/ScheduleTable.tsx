import { Fragment } from 'react'

import type { EditionView, SessionView } from '@/lib/reshape'
import type { SessionChangeMarker } from '@/lib/sessions/changes'
import { sessionAnchor, sitePaths } from '@/lib/siteUrl'
import { calendarDay, formatDate, zoneLabel } from '@/lib/time'

import { PosterBoard } from '../papers/PaperBadges'
import { StarButton } from '../stars/StarButton.client'
import { StarredOnly } from '../stars/StarredOnly.client'
import { ChangeMarker } from './ChangeMarker'
import { SessionTime } from './SessionTime.client'
import { ScheduleZoneNote, ZoneSwitch } from './ZoneSwitch.client'

type ScheduleTableProps = {
  edition: Pick<EditionView, 'name' | 'timeZone' | 'basePath' | 'year'>
  sessions: SessionView[]
  renderedAt: number
  /** Unique per page: the caption labels the scrolling region. */
  id: string
  /** My schedule: only the rows of starred sessions (and of sessions presenting starred papers). */
  starredOnly?: boolean
  /** By session id: what changed since the schedule was first published (lib/sessions/changes.ts). */
  changes?: Record<string, SessionChangeMarker>
}

/** What stars a session's row onto My schedule: the session, or any paper it presents. */
function starIds(session: SessionView): { sessionIds: string[]; paperIds: string[] } {
  return { sessionIds: [session.id], paperIds: session.papers.map((paper) => paper.id) }
}

function mergeStarIds(sessions: SessionView[]): { sessionIds: string[]; paperIds: string[] } {
  const all = sessions.map(starIds)
  return { sessionIds: all.flatMap((ids) => ids.sessionIds), paperIds: all.flatMap((ids) => ids.paperIds) }
}

/**
 * The program as a real table: times in the venue's zone (labelled), one switch to the visitor's.
 * Rows carry the anchors calendar events link to (lib/siteUrl's sessionAnchor).
 */
export function ScheduleTable({ edition, sessions, renderedAt, id, starredOnly = false, changes }: ScheduleTableProps) {
  const first = sessions[0]
  if (!first) return null
  const venueZone = edition.timeZone
  const venueLabel = zoneLabel(venueZone, new Date(first.start))
  const days = [...new Set(sessions.map((session) => calendarDay(session.start, venueZone)))]
  const captionId = `${id}-caption`

  return (
    <div className="schedule">
      <ZoneSwitch venueZone={venueZone} venueLabel={venueLabel} at={first.start} />
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="schedule-table">
          <caption id={captionId}>
            {starredOnly ? `My ${edition.name} schedule` : `${edition.name} schedule`}
            {days.length === 1 ? `, ${formatDate(first.start, venueZone)}` : ''}.{' '}
            <ScheduleZoneNote venueZone={venueZone} venueLabel={venueLabel} at={first.start} />
          </caption>
          <thead>
            <tr>
              <th scope="col" className="session-star">
                <span className="visually-hidden">Star</span>
              </th>
              <th scope="col">Time</th>
              <th scope="col">Session</th>
              <th scope="col" className="wide-only">
                Duration
              </th>
              <th scope="col" className="wide-only">
                Speakers
              </th>
              <th scope="col" className="wide-only">
                Calendar
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session, index) => {
              const day = calendarDay(session.start, venueZone)
              const startsDay = days.length > 1 && (index === 0 || calendarDay(sessions[index - 1]!.start, venueZone) !== day)
              const dayHeading = startsDay ? (
                <tr className="schedule-day">
                  <th scope="colgroup" colSpan={6}>
                    {formatDate(session.start, venueZone)}
                  </th>
                </tr>
              ) : null
              const row = (
                <SessionRow
                  session={session}
                  previousStart={sessions[index - 1]?.start}
                  venueZone={venueZone}
                  basePath={edition.basePath}
                  renderedAt={renderedAt}
                  year={edition.year}
                  change={changes?.[session.id]}
                />
              )
              if (!starredOnly)
                return (
                  <Fragment key={session.id}>
                    {dayHeading}
                    {row}
                  </Fragment>
                )
              const daySessions = sessions.filter((other) => calendarDay(other.start, venueZone) === day)
              return (
                <Fragment key={session.id}>
                  {dayHeading ? (
                    <StarredOnly year={edition.year} {...mergeStarIds(daySessions)}>
                      {dayHeading}
                    </StarredOnly>
                  ) : null}
                  <StarredOnly year={edition.year} {...starIds(session)}>
                    {row}
                  </StarredOnly>
                </Fragment>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}

type SessionRowProps = {
  session: SessionView
  previousStart?: string
  venueZone: string
  basePath: string
  renderedAt: number
  year: number
  change?: SessionChangeMarker
}

function SessionRow({ session, previousStart, venueZone, basePath, renderedAt, year, change }: SessionRowProps) {
  return (
    <tr id={sessionAnchor(session.id)} className={`session session-${session.kind}`}>
      <td className="session-star">
        <StarButton year={year} kind="session" id={session.id} title={session.title} />
      </td>
      <td className="session-time">
        <SessionTime
          start={session.start}
          end={session.end}
          venueZone={venueZone}
          previousStart={previousStart}
          renderedAt={renderedAt}
        />
        <ChangeMarker marker={change} start={session.start} venueZone={venueZone} />
      </td>
      <th scope="row" className="session-title">
        {session.title}
        {session.room ? <span className="session-room"> · {session.room}</span> : null}
        {session.description ? <p className="session-description">{session.description}</p> : null}
        {session.papers.length > 0 ? (
          <ul className="session-papers">
            {session.papers.map((paper) => (
              <li key={paper.slug}>
                <a href={`${basePath}${sitePaths.paper(paper.slug)}`}>{paper.title}</a>
                {paper.posterBoard ? (
                  <>
                    {' '}
                    · <PosterBoard board={paper.posterBoard} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <SessionLinks links={session.links} />
        {/* On a phone the last three columns fold into this cell (see .narrow-only in site.css). */}
        <div className="narrow-only">
          <SpeakerLinks speakers={session.speakers} basePath={basePath} />
          <CalendarLink session={session} />
        </div>
      </th>
      <td className="wide-only">{session.durationMinutes} min</td>
      <td className="wide-only">
        <SpeakerLinks speakers={session.speakers} basePath={basePath} />
      </td>
      <td className="wide-only session-calendar">
        <CalendarLink session={session} />
      </td>
    </tr>
  )
}

function SpeakerLinks({ speakers, basePath }: { speakers: SessionView['speakers']; basePath: string }) {
  if (speakers.length === 0) return null
  return (
    <ul className="inline-list session-speakers">
      {speakers.map((speaker) => (
        <li key={speaker.slug}>
          <a href={`${basePath}${sitePaths.speaker(speaker.slug)}`}>{speaker.name}</a>
        </li>
      ))}
    </ul>
  )
}

function CalendarLink({ session }: { session: SessionView }) {
  return (
    <a href={sitePaths.sessionCalendar(session.id)} aria-label={`Add to calendar: ${session.title}`} download>
      Add to calendar
    </a>
  )
}

function SessionLinks({ links }: { links: SessionView['links'] }) {
  if (!links.slides && !links.video) return null
  return (
    <ul className="inline-list session-links">
      {links.slides ? (
        <li>
          <a href={links.slides}>Slides</a>
        </li>
      ) : null}
      {links.video ? (
        <li>
          <a href={links.video}>Video</a>
        </li>
      ) : null}
    </ul>
  )
}
