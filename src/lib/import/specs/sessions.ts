import { numberColumn, referencesColumn, selectColumn, textareaColumn, textColumn, urlColumn } from '../columns'
import { venueTimeColumn } from '../timeColumns'
import type { ChoicesOf, CollectionSpec } from './index'

/**
 * Sessions have no slug: a row is matched on the id an export writes, then on its title and start
 * together (a programme has several "Coffee break"s, never two at once).
 */
export function sessionsSpec(choices: ChoicesOf): CollectionSpec {
  return {
    collection: 'sessions',
    noun: 'session',
    labelColumn: 'title',
    keys: [['id'], ['title', 'start']],
    columns: [
      textColumn({ name: 'title', required: true }),
      selectColumn({ name: 'kind', choices: choices('kind') }),
      venueTimeColumn('start', true),
      numberColumn({ name: 'durationMinutes', aliases: ['duration', 'minutes'], required: true, min: 1, max: 720, integer: true }),
      textColumn({ name: 'room' }),
      referencesColumn('speakers'),
      referencesColumn('papers'),
      textareaColumn({ name: 'description' }),
      urlColumn({ name: 'slides', field: 'links.slides' }),
      urlColumn({ name: 'video', field: 'links.video' }),
    ],
  }
}
