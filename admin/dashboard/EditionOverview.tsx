import type { ServerProps } from 'payload'
import React from 'react'

const PROGRAM = [
  { collection: 'speakers', label: 'Speakers' },
  { collection: 'sessions', label: 'Sessions' },
  { collection: 'papers', label: 'Papers' },
  { collection: 'important-dates', label: 'Important dates' },
  { collection: 'organizers', label: 'Organizers' },
] as const

/**
 * The first thing an editor sees: which edition is current and how far its program is filled in,
 * with one click to each list filtered to that edition.
 */
export async function EditionOverview({ payload, user }: ServerProps) {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { isCurrent: { equals: true } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
    select: { name: true, year: true },
  })
  const current = docs[0]
  if (!current) {
    return (
      <section style={{ marginBottom: '2rem' }}>
        <h2>No current edition yet</h2>
        <p>
          <a href="/admin/collections/editions/create">Create this year&apos;s edition</a> to start.
        </p>
      </section>
    )
  }
  const counts = await Promise.all(
    PROGRAM.map(async ({ collection, label }) => {
      const { totalDocs } = await payload.count({
        collection,
        where: { edition: { equals: current.id } },
        overrideAccess: false,
        user,
      })
      return { collection, label, totalDocs }
    }),
  )
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="edition-overview">
      <h2 id="edition-overview">
        Current edition: <a href={`/admin/collections/editions/${current.id}`}>{current.name}</a>
      </h2>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0 }}>
        {counts.map(({ collection, label, totalDocs }) => (
          <li key={collection}>
            <a href={`/admin/collections/${collection}?where[edition][equals]=${current.id}`}>
              {label}: {totalDocs === 0 ? 'none yet' : totalDocs}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/" target="_blank" rel="noreferrer">
          View the site
        </a>
      </p>
    </section>
  )
}
