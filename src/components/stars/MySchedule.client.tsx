'use client'

import { type ReactNode, useId, useState } from 'react'

import {
  type StarSelection,
  calendarSelectionQuery,
  encodeSelection,
  selectionSize,
} from '@/lib/mySchedule/selection'

import { CopyButton } from '../papers/CopyButton.client'
import { StarButton } from './StarButton.client'
import { StarredOnly } from './StarredOnly.client'
import { adoptStars, useSharedSelection, useShownSelection } from './starStore'

/** A paper presented in a session of the program. */
export type MySchedulePaper = { id: string; title: string; href: string; sessionTitle: string }

type MyScheduleProps = {
  year: number
  editionName: string
  /** /my-schedule or /2024/my-schedule: where a share link points. */
  path: string
  schedulePath: string
  papersPath: string
  /** The edition's full calendar (/schedule.ics?year=2024); the selection narrows it. */
  calendarPath: string
  sessionIds: string[]
  papers: MySchedulePaper[]
  /** The starred-only schedule table, rendered on the server. */
  children: ReactNode
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** What of `selection` this page can show: stars of sessions or papers since removed drop out. */
function known(selection: StarSelection, sessionIds: string[], papers: MySchedulePaper[]): StarSelection {
  const paperIds = new Set(papers.map((paper) => paper.id))
  return {
    sessions: selection.sessions.filter((id) => sessionIds.includes(id)),
    papers: selection.papers.filter((id) => paperIds.has(id)),
  }
}

/**
 * My schedule around its table: the visitor's stars (or a share link's), the empty state, the
 * calendar file of just these, a share link, and adopting a shared selection into one's own stars.
 */
export function MySchedule(props: MyScheduleProps) {
  const { year, editionName, path, schedulePath, papersPath, calendarPath, sessionIds, papers, children } = props
  const shown = useShownSelection(year)
  const shared = useSharedSelection()
  const headingId = useId()

  if (!shown) {
    return (
      <p>
        Star sessions on the <a href={schedulePath}>schedule</a> and they appear here. The stars are kept in this
        browser, which needs JavaScript.
      </p>
    )
  }

  const selection = known(shown.selection, sessionIds, papers)
  const unscheduledPapers = shown.selection.papers.length - selection.papers.length
  const starredPapers = papers.filter((paper) => selection.papers.includes(paper.id))
  const isEmpty = selectionSize(selection) === 0

  return (
    <>
      {shared && !shared.ok ? (
        <p className="notice" role="alert">
          {shared.error} Your own schedule is shown instead.
        </p>
      ) : null}
      {shown.shared ? <SharedBanner year={year} selection={shown.selection} ownPath={path} /> : null}

      {isEmpty ? (
        <div className="my-schedule-empty">
          <p>
            {shown.shared
              ? `This shared schedule names nothing that is in the ${editionName} program.`
              : `You have not starred anything in ${editionName} yet.`}
          </p>
          <p>
            To add a session, press its star button <span aria-hidden="true">(☆)</span> on the{' '}
            <a href={schedulePath}>schedule</a>; to add a paper, press the star on its card in the{' '}
            <a href={papersPath}>accepted papers</a>. A starred paper brings the session it is presented in. Your stars
            stay in this browser: no account, nothing sent anywhere. A share link takes them to another device.
          </p>
        </div>
      ) : (
        <>
          {children}
          {starredPapers.length > 0 ? (
            <section aria-labelledby={headingId} className="my-schedule-papers">
              <h2 id={headingId}>Starred papers</h2>
              <ul className="star-list">
                {papers.map((paper) => (
                  // Like the table's rows, an unstarred paper stays until the page is left.
                  <StarredOnly key={paper.id} year={year} sessionIds={[]} paperIds={[paper.id]}>
                    <li>
                      <StarButton year={year} kind="paper" id={paper.id} title={paper.title} />
                      <span>
                        <a href={paper.href}>{paper.title}</a>
                        <span className="session-room"> · in {paper.sessionTitle}</span>
                      </span>
                    </li>
                  </StarredOnly>
                ))}
              </ul>
            </section>
          ) : null}
          <p className="calendar-links">
            <a href={`${calendarPath}&${calendarSelectionQuery(selection)}`} download>
              Download my schedule (.ics)
            </a>{' '}
            ·{' '}
            {/* A subscription follows a starred paper that moves to another session. */}
            <a href={`webcal://${window.location.host}${calendarPath}&${calendarSelectionQuery(selection)}`}>
              Subscribe to my schedule in your calendar app
            </a>
          </p>
          {shown.shared ? null : <ShareLink path={path} selection={selection} />}
        </>
      )}
      {unscheduledPapers > 0 ? (
        <p>
          {plural(unscheduledPapers, 'starred paper is', 'starred papers are')} not presented in a session of the
          schedule, so {unscheduledPapers === 1 ? 'it is' : 'they are'} not listed here; find{' '}
          {unscheduledPapers === 1 ? 'it' : 'them'} in the <a href={papersPath}>accepted papers</a>.
        </p>
      ) : null}
    </>
  )
}

function SharedBanner({ year, selection, ownPath }: { year: number; selection: StarSelection; ownPath: string }) {
  const [status, setStatus] = useState('')
  const summary = [
    selection.sessions.length > 0 ? plural(selection.sessions.length, 'session', 'sessions') : '',
    selection.papers.length > 0 ? plural(selection.papers.length, 'paper', 'papers') : '',
  ]
    .filter(Boolean)
    .join(' and ')

  function adopt() {
    setStatus(
      adoptStars(year, selection)
        ? 'Added to your stars; the ones you had are kept.'
        : 'Nothing to add: you starred all of these already, or your schedule is full.',
    )
  }

  return (
    <div className="notice shared-schedule">
      <p>
        You are looking at a shared schedule: {summary}. Your own stars are not changed unless you add these to them.
      </p>
      <p className="shared-actions">
        <button type="button" onClick={adopt}>
          Add these to my stars
        </button>{' '}
        <a href={ownPath}>Show my own schedule</a>{' '}
        <span role="status" className="copy-status">
          {status}
        </span>
      </p>
    </div>
  )
}

function ShareLink({ path, selection }: { path: string; selection: StarSelection }) {
  const inputId = useId()
  const url = `${window.location.origin}${path}?${encodeSelection(selection)}`
  return (
    <div className="share-link">
      <label htmlFor={inputId}>Share link: opens this schedule on another device</label>
      <input id={inputId} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <CopyButton text={url} label="Copy share link" />
    </div>
  )
}
