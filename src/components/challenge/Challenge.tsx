import type { ChallengeResultView, ChallengeView } from '@/lib/editions/challenge'
import type { SessionView } from '@/lib/reshape'

import { RichText } from '../RichText'
import { SessionMention } from '../schedule/SessionMention'
import { TO_BE_ANNOUNCED } from '../Section'

type ChallengeDetailsProps = {
  challenge: ChallengeView
  /** The edition's competition sessions, where the winners present. */
  sessions: SessionView[]
  basePath: string
  timeZone: string
  /** A finished edition without results says nothing about them; a current one says they are to come. */
  isPast: boolean
  /** Unique per page: the table's caption id. */
  id: string
}

/** What the challenge section and the /challenge page share: description, link, sessions, results. */
export function ChallengeDetails({ challenge, sessions, basePath, timeZone, isPast, id }: ChallengeDetailsProps) {
  const competitions = sessions.filter((session) => session.kind === 'competition')
  return (
    <>
      <RichText data={challenge.description} />
      {competitions.map((session) => (
        <p key={session.id} className="challenge-session">
          In the schedule: <SessionMention session={session} basePath={basePath} timeZone={timeZone} />.
        </p>
      ))}
      {challenge.link ? (
        <p>
          <a className="button" href={challenge.link}>
            Challenge site
          </a>
        </p>
      ) : null}
      {challenge.results.length > 0 ? (
        <ChallengeResultsTable title={challenge.title} results={challenge.results} id={id} />
      ) : isPast ? null : (
        <p className="tba">Results: {TO_BE_ANNOUNCED.toLowerCase()}.</p>
      )}
    </>
  )
}

type OptionalColumn = Exclude<keyof ChallengeResultView, 'place' | 'team'>

const OPTIONAL_COLUMNS: { key: OptionalColumn; label: string }[] = [
  { key: 'affiliation', label: 'Affiliation' },
  { key: 'metric', label: 'Metric' },
  { key: 'score', label: 'Score' },
  { key: 'prize', label: 'Prize' },
]

/**
 * The results as a real table, by place: a caption names it, column headers name each value and
 * the team names its row. A column nobody filled in (no prizes, say) is left out.
 */
export function ChallengeResultsTable({ title, results, id }: { title: string; results: ChallengeResultView[]; id: string }) {
  const columns = OPTIONAL_COLUMNS.filter((column) => results.some((row) => row[column.key]))
  const captionId = `${id}-caption`
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="challenge-results">
        <caption id={captionId}>{title}: results, by place</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Team</th>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.map((row, index) => (
            <tr key={`${row.place}-${row.team}-${index}`}>
              <td className="challenge-place">{row.place}</td>
              <th scope="row">{row.team}</th>
              {columns.map((column) => (
                <td key={column.key} className={column.key === 'score' ? 'challenge-score' : undefined}>
                  {row[column.key] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
