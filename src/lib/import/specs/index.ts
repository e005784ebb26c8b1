/**
 * What each importable collection's files look like: its columns (in export order), the column that
 * names a row in reports, and the keys rows are matched on, in order. Select choices are read from the
 * collection's own config, so the import accepts exactly what the admin does.
 */
import type { Payload } from 'payload'

import type { Column, Doc } from '../columns'
import type { Value } from '../values'
import type { ImportableCollection } from '../types'
import { importantDatesSpec } from './importantDates'
import { organizersSpec, speakersSpec } from './people'
import { papersSpec } from './papers'
import { sessionsSpec } from './sessions'

export type CollectionSpec = {
  collection: ImportableCollection
  /** "paper", for messages. */
  noun: string
  columns: Column[]
  /** The column whose value names a row in the preview (a title, a name, a label). */
  labelColumn: string
  /** Rows without a slug get the one the collection would make from this column, for matching. */
  slugFrom?: string
  /**
   * Keys, in the order rows are matched on. Each lists columns whose values together identify a
   * document within an edition; "id" is the document's id (for collections without a slug).
   */
  keys: string[][]
  /** Checks across columns the dry run can make without writing (a named-zone rule needs its zone). */
  checkRow?: (values: Map<string, Value>, existing?: Doc) => { field: string; message: string } | undefined
}

export type Choices = { label: string; value: string }[]

export type ChoicesOf = (field: string) => Choices

/** The options of a select field, from the collection's config. */
export function choicesFrom(payload: Payload, collection: ImportableCollection): ChoicesOf {
  const fields = payload.collections[collection].config.flattenedFields
  return (name) => {
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
    if (!field || field.type !== 'select') throw new Error(`${collection}.${name} is not a select field.`)
    return field.options.map((option) =>
      typeof option === 'string'
        ? { label: option, value: option }
        : { label: typeof option.label === 'string' ? option.label : option.value, value: option.value },
    )
  }
}

export function specFor(payload: Payload, collection: ImportableCollection): CollectionSpec {
  const choices = choicesFrom(payload, collection)
  switch (collection) {
    case 'papers':
      return papersSpec(choices)
    case 'speakers':
      return speakersSpec(choices)
    case 'organizers':
      return organizersSpec(choices)
    case 'sessions':
      return sessionsSpec(choices)
    case 'important-dates':
      return importantDatesSpec(choices)
  }
}
