import type { ImportantDate } from '../../payload-types'
import { text } from '../content/reshape'

export type ImportantDateDoc = Pick<
  ImportantDate,
  'id' | 'label' | 'due' | 'previousDue' | 'readAs' | 'timeZone' | 'kind' | 'showTime' | 'note'
>

export type ImportantDateView = {
  id: string
  label: string
  due: string
  previousDue?: string
  readAs: ImportantDate['readAs']
  /** The zone named by readAs 'zone'; AoE and venue zones are resolved by lib/time. */
  timeZone?: string
  kind: ImportantDate['kind']
  showTime: boolean
  note?: string
}

export function reshapeImportantDate(doc: ImportantDateDoc): ImportantDateView {
  return {
    id: doc.id,
    label: doc.label,
    due: doc.due,
    previousDue: text(doc.previousDue),
    readAs: doc.readAs,
    timeZone: text(doc.timeZone),
    kind: doc.kind,
    showTime: doc.showTime !== false,
    note: text(doc.note),
  }
}
