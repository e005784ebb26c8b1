import React from 'react'

import type { ImportableCollection } from '../../src/lib/import/types'

/** Above each importable list: the way to the import view and to this edition's export files. */
export function ListLinks({ collection }: { collection: ImportableCollection }) {
  return (
    <nav aria-label="Import and export" style={{ display: 'flex', gap: '1rem', margin: '0 0 1rem', flexWrap: 'wrap' }}>
      <a href={`/admin/import?collection=${collection}`} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        Import CSV, JSON or OpenReview…
      </a>
      <a href={`/api/${collection}/export?format=csv`} style={{ alignSelf: 'center' }}>
        Export the current edition as CSV
      </a>
      <a href={`/api/${collection}/export?format=json`} style={{ alignSelf: 'center' }}>
        as JSON
      </a>
    </nav>
  )
}
