import { affiliationColumn, numberColumn, selectColumn, slugColumn, textColumn, urlColumn } from '../columns'
import { richTextColumn } from '../richTextColumn'
import type { ChoicesOf, CollectionSpec } from './index'

export function speakersSpec(choices: ChoicesOf): CollectionSpec {
  return {
    collection: 'speakers',
    noun: 'speaker',
    labelColumn: 'name',
    slugFrom: 'name',
    keys: [['slug']],
    columns: [
      textColumn({ name: 'name', required: true }),
      slugColumn(),
      textColumn({ name: 'position' }),
      affiliationColumn(),
      urlColumn({ name: 'homepage' }),
      selectColumn({ name: 'role', choices: choices('role') }),
      richTextColumn('bio'),
      numberColumn({ name: 'order' }),
    ],
  }
}

export function organizersSpec(choices: ChoicesOf): CollectionSpec {
  return {
    collection: 'organizers',
    noun: 'organizer',
    labelColumn: 'name',
    slugFrom: 'name',
    keys: [['slug']],
    columns: [
      textColumn({ name: 'name', required: true }),
      slugColumn(),
      textColumn({ name: 'position' }),
      affiliationColumn(),
      urlColumn({ name: 'homepage' }),
      selectColumn({ name: 'role', choices: choices('role') }),
      numberColumn({ name: 'order' }),
    ],
  }
}
