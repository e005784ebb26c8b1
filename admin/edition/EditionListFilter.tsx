import { redirect } from 'next/navigation'
import type { BeforeListTableServerProps } from 'payload'
import React from 'react'

import { editionFilterOf, hasAnyFilter } from '../../collections/fields/editionFilter'

type SearchParams = BeforeListTableServerProps['searchParams']

function entriesOf(searchParams: SearchParams): [string, string][] {
  const entries: [string, string][] = []
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) if (typeof one === 'string') entries.push([key, one])
  }
  return entries
}

/**
 * Above every list of edition content: one click per edition, and "All editions". A list opened
 * without any filter opens on the current edition, so a new record and the list agree on the year:
 * "Create new" from a list filtered to an edition starts the record in it (collections/fields/edition.ts).
 */
export async function EditionListFilter({ collectionConfig, payload, searchParams, user }: BeforeListTableServerProps) {
  const slug = collectionConfig.slug
  const { docs: editions } = await payload.find({
    collection: 'editions',
    depth: 0,
    limit: 0,
    pagination: false,
    sort: '-year',
    draft: true,
    overrideAccess: false,
    user,
    select: { year: true, isCurrent: true },
  })
  const entries = entriesOf(searchParams)
  const current = editions.find((edition) => edition.isCurrent)
  if (!hasAnyFilter(entries) && current) {
    const kept = new URLSearchParams(entries.filter(([key]) => key === 'limit' || key === 'sort'))
    kept.set('where[edition][equals]', current.id)
    redirect(`/admin/collections/${slug}?${kept.toString()}`)
  }
  const filtered = editionFilterOf(entries)
  const link = (where: string) => `/admin/collections/${slug}?${where}`
  const chip = (active: boolean): React.CSSProperties => ({
    padding: '0.25rem 0.75rem',
    borderRadius: '999px',
    border: '1px solid var(--theme-elevation-250)',
    background: active ? 'var(--theme-elevation-800)' : 'transparent',
    color: active ? 'var(--theme-elevation-0)' : 'inherit',
    textDecoration: 'none',
  })

  return (
    <nav aria-label="Filter by edition" className="edition-list-filter" style={{ margin: '0 0 1rem', display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <span>Edition:</span>
      {editions.map((edition) => (
        <a
          key={edition.id}
          href={link(`where[edition][equals]=${encodeURIComponent(edition.id)}`)}
          aria-current={filtered === edition.id ? 'page' : undefined}
          style={chip(filtered === edition.id)}
        >
          {edition.year}
          {edition.isCurrent ? ' (current)' : ''}
        </a>
      ))}
      <a href={link('where[edition][exists]=true')} aria-current={filtered ? undefined : 'page'} style={chip(!filtered)}>
        All editions
      </a>
    </nav>
  )
}
