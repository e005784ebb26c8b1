import type { CollectionSlug, Payload, ServerProps, Where } from 'payload'
import React from 'react'

import { formatDateTime, zoneLabel } from '../../src/lib/time'
import {
  type EditionFacts,
  type Problem,
  countdown,
  findMissing,
  findOverlaps,
  upcomingDeadlines,
} from './editionChecks'

const PROGRAM = [
  { collection: 'speakers', label: 'Speakers', singular: 'speaker' },
  { collection: 'sessions', label: 'Sessions', singular: 'session' },
  { collection: 'papers', label: 'Papers', singular: 'paper' },
  { collection: 'important-dates', label: 'Important dates', singular: 'date' },
  { collection: 'organizers', label: 'Organizers', singular: 'organizer' },
] as const

/** What a draft or a scheduled job is called in the lists: each collection's title field. */
const TITLE_FIELD: Partial<Record<CollectionSlug, string>> = {
  editions: 'name',
  speakers: 'name',
  organizers: 'name',
  affiliations: 'name',
  sessions: 'title',
  papers: 'title',
  pages: 'title',
  'important-dates': 'label',
}

type Reader = { overrideAccess: false; user: ServerProps['user'] }

const editLink = (collection: string, id: string) => `/admin/collections/${collection}/${id}`

function ProblemLink({ problem }: { problem: Problem }) {
  return (
    <a href={editLink(problem.collection, problem.id)}>
      {/* An autosaved draft may have no name yet; the link still needs one. */}
      {problem.title?.trim() ? problem.title : 'Untitled draft'}
      {problem.detail ? ` (${problem.detail})` : ''}
    </a>
  )
}

/**
 * The dashboard says what to do next for the current edition (issue 7): what is missing, drafts
 * waiting, scheduled publishes, the next deadlines and overlapping sessions, with quick links.
 * A handful of queries, each with a `select`, run as the signed-in editor (drafts included).
 */
export async function EditionOverview({ payload, user }: ServerProps) {
  const reader: Reader = { overrideAccess: false, user }
  const { docs } = await payload.find({
    collection: 'editions',
    where: { and: [{ isCurrent: { equals: true } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    ...reader,
    select: { name: true, year: true, date: true, timeZone: true, room: true },
  })
  const current = docs[0]
  if (!current) {
    return (
      <section className="edition-dashboard" aria-labelledby="edition-dashboard-title">
        <h2 id="edition-dashboard-title">No current edition yet</h2>
        <p>
          <a href="/admin/collections/editions/create">Create this year&apos;s edition</a> to start.
        </p>
      </section>
    )
  }
  const edition: EditionFacts = current
  const ofEdition: Where = { edition: { equals: edition.id } }
  const latest = { where: ofEdition, depth: 0, limit: 0, pagination: false, draft: true, ...reader } as const
  const [speakers, sessions, papers, organizers, dates, drafts, scheduled] = await Promise.all([
    payload.find({ collection: 'speakers', ...latest, select: { name: true, photo: true, bio: true } }),
    payload.find({
      collection: 'sessions',
      ...latest,
      select: { title: true, kind: true, start: true, durationMinutes: true, room: true, speakers: true, papers: true },
    }),
    payload.find({ collection: 'papers', ...latest, select: { title: true, presentation: true, session: true } }),
    payload.find({ collection: 'organizers', ...latest, select: { name: true, affiliation: true } }),
    payload.find({ collection: 'important-dates', ...latest, select: { label: true, due: true, readAs: true, timeZone: true } }),
    draftsWaiting(payload, reader, edition.id),
    scheduledChanges(payload, reader),
  ])
  const now = new Date()
  const missing = findMissing({
    edition,
    speakers: speakers.docs,
    sessions: sessions.docs,
    papers: papers.docs,
    organizers: organizers.docs,
  }).filter((section) => section.problems.length > 0)
  const overlaps = findOverlaps(edition, sessions.docs)
  const deadlines = upcomingDeadlines(edition, dates.docs, now)
  const counts = {
    speakers: speakers.docs.length,
    sessions: sessions.docs.length,
    papers: papers.docs.length,
    'important-dates': dates.docs.length,
    organizers: organizers.docs.length,
  }

  return (
    <section className="edition-dashboard" aria-labelledby="edition-dashboard-title">
      <h2 id="edition-dashboard-title">
        Current edition: <a href={editLink('editions', edition.id)}>{edition.name}</a>
      </h2>
      <ul className="edition-dashboard__counts">
        {PROGRAM.map(({ collection, label }) => (
          <li key={collection}>
            <a href={`/admin/collections/${collection}?where[edition][equals]=${edition.id}`}>
              {label}: {counts[collection] === 0 ? 'none yet' : counts[collection]}
            </a>
          </li>
        ))}
      </ul>

      <nav aria-label="Quick links" className="edition-dashboard__quick">
        <ul>
          {PROGRAM.slice(0, 4).map(({ collection, singular }) => (
            <li key={collection}>
              <a className="btn btn--style-secondary btn--size-small" href={`/admin/collections/${collection}/create`}>
                Add a {singular}
              </a>
            </li>
          ))}
          <li>
            <a className="btn btn--style-secondary btn--size-small" href="/" target="_blank" rel="noreferrer">
              View the site
            </a>
          </li>
        </ul>
      </nav>

      <div className="edition-dashboard__grid">
        <section aria-labelledby="dashboard-missing">
          <h3 id="dashboard-missing">What is missing</h3>
          {missing.length === 0 ? (
            <p>Nothing: every check passes.</p>
          ) : (
            <dl className="edition-dashboard__missing">
              {missing.map((section) => (
                <div key={section.key} data-check={section.key}>
                  <dt>
                    {section.label} ({section.problems.length})
                  </dt>
                  {section.problems.map((problem) => (
                    <dd key={problem.id}>
                      <ProblemLink problem={problem} />
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          )}
        </section>

        <section aria-labelledby="dashboard-deadlines">
          <h3 id="dashboard-deadlines">Next deadlines</h3>
          {deadlines.length === 0 ? (
            <p>
              None ahead. <a href="/admin/collections/important-dates/create">Add a date</a>
            </p>
          ) : (
            <ul>
              {deadlines.map((deadline) => (
                <li key={deadline.id}>
                  <a href={editLink('important-dates', deadline.id)}>{deadline.label}</a>:{' '}
                  <time dateTime={deadline.due}>
                    {formatDateTime(deadline.due, deadline.zone)} {zoneLabel(deadline.zone, new Date(deadline.due))}
                  </time>
                  , <strong>{countdown(deadline.due, now)}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="dashboard-drafts">
          <h3 id="dashboard-drafts">Drafts waiting</h3>
          {drafts.length === 0 ? (
            <p>None: everything is published.</p>
          ) : (
            <ul>
              {drafts.map((draft) => (
                <li key={`${draft.collection}-${draft.id}`}>
                  <a href={editLink(draft.collection, draft.id)}>{draft.title}</a> <span>({draft.detail})</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="dashboard-scheduled">
          <h3 id="dashboard-scheduled">Scheduled</h3>
          {scheduled.length === 0 ? (
            <p>No publish or unpublish is scheduled.</p>
          ) : (
            <ul>
              {scheduled.map((job) => (
                <li key={job.id}>
                  {job.type === 'unpublish' ? 'Unpublish' : 'Publish'} <ProblemLink problem={job.target} />{' '}
                  <time dateTime={job.at}>{formatDateTime(job.at, edition.timeZone)}</time> ({zoneLabel(edition.timeZone, new Date(job.at))}),{' '}
                  {countdown(job.at, now)}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="dashboard-overlaps">
          <h3 id="dashboard-overlaps">Overlapping sessions</h3>
          {overlaps.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul>
              {overlaps.map((overlap) => (
                <li key={`${overlap.first.id}-${overlap.second.id}`}>
                  <ProblemLink problem={overlap.first} /> and <ProblemLink problem={overlap.second} />
                  {overlap.room ? ` in ${overlap.room}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  )
}

const DRAFT_COLLECTIONS = ['editions', 'speakers', 'sessions', 'papers', 'important-dates', 'organizers', 'pages'] as const

/** Documents whose latest version is a draft: never published, or changed since. */
async function draftsWaiting(payload: Payload, reader: Reader, editionId: string): Promise<Problem[]> {
  const perCollection = await Promise.all(
    DRAFT_COLLECTIONS.map(async (collection) => {
      const titleField = TITLE_FIELD[collection] ?? 'id'
      const scope: Where[] =
        collection === 'editions' || collection === 'pages' ? [] : [{ edition: { equals: editionId } }]
      const { docs } = await payload.find({
        collection,
        where: { and: [{ _status: { equals: 'draft' } }, ...scope] },
        draft: true,
        depth: 0,
        limit: 20,
        sort: '-updatedAt',
        select: { [titleField]: true, updatedAt: true },
        ...reader,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown> & { id: string }
        return {
          collection,
          id: record.id,
          title: String(record[titleField] ?? record.id),
          detail: collection.replace('-', ' '),
        }
      })
    }),
  )
  return perCollection.flat()
}

type ScheduledChange = { id: string; type: 'publish' | 'unpublish'; at: string; target: Problem }

/** Upcoming scheduled publishes (Payload's schedulePublish jobs), soonest first, with what they change. */
async function scheduledChanges(payload: Payload, reader: Reader): Promise<ScheduledChange[]> {
  // The jobs collection has no read access for anyone: read it as the system, show only what this editor may read.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 20,
    overrideAccess: true,
    select: { input: true, waitUntil: true },
  })
  const jobs = docs.flatMap((job) => {
    const input = job.input as { type?: string; doc?: { relationTo?: string; value?: unknown } } | null
    const collection = input?.doc?.relationTo as CollectionSlug | undefined
    const id = typeof input?.doc?.value === 'string' ? input.doc.value : undefined
    if (!collection || !id || !job.waitUntil) return []
    return [{ id: String(job.id), type: input?.type === 'unpublish' ? ('unpublish' as const) : ('publish' as const), at: job.waitUntil, collection, docId: id }]
  })
  // One query per collection named by the jobs, for the titles (and to show only what this editor may read).
  const titles = new Map<string, string>()
  await Promise.all(
    [...new Set(jobs.map((job) => job.collection))].map(async (collection) => {
      const titleField = TITLE_FIELD[collection] ?? 'id'
      const ids = jobs.filter((job) => job.collection === collection).map((job) => job.docId)
      const { docs: targets } = await payload.find({
        collection,
        where: { id: { in: ids } },
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
        select: { [titleField]: true },
        ...reader,
      })
      for (const target of targets) {
        const record = target as unknown as Record<string, unknown> & { id: string }
        titles.set(`${collection}:${record.id}`, String(record[titleField] ?? record.id))
      }
    }),
  )
  const changes = jobs.map((job): ScheduledChange | undefined => {
    const title = titles.get(`${job.collection}:${job.docId}`)
    return title === undefined ? undefined : { id: job.id, type: job.type, at: job.at, target: { collection: job.collection, id: job.docId, title } }
  })
  return changes.filter((change) => change !== undefined)
}
