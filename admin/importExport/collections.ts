import type { ImportableCollection } from '../../src/lib/import/types'

/** The importable collections as the admin names them, in the order of the admin's menu. */
export const IMPORT_TARGETS: { collection: ImportableCollection; label: string }[] = [
  { collection: 'papers', label: 'Papers' },
  { collection: 'speakers', label: 'Speakers' },
  { collection: 'sessions', label: 'Sessions' },
  { collection: 'important-dates', label: 'Important dates' },
  { collection: 'organizers', label: 'Organizers' },
]
