import { booleanColumn, numberColumn, selectColumn, textColumn } from '../columns'
import { deadlineTimeColumn, READ_AS_WORDS } from '../timeColumns'
import { validateTimeZone } from '../../validation'
import { fail, ok } from '../values'
import type { ChoicesOf, CollectionSpec } from './index'

/**
 * Important dates are matched on the id an export writes, then on their label within the edition.
 * readAs and timeZone come before the times: the times are read in the rule they set.
 */
export function importantDatesSpec(choices: ChoicesOf): CollectionSpec {
  const readAs = selectColumn({ name: 'readAs', required: true, choices: choices('readAs') })
  const timeZone = textColumn({ name: 'timeZone' })
  return {
    collection: 'important-dates',
    noun: 'important date',
    labelColumn: 'label',
    keys: [['id'], ['label']],
    checkRow: (values, existing) => {
      const rule = values.get('readAs') ?? existing?.readAs
      const zone = values.has('timeZone') ? values.get('timeZone') : existing?.timeZone
      if (rule === 'zone' && !zone) {
        return { field: 'timeZone', message: 'A date read in a named time zone needs its zone, e.g. America/Los_Angeles.' }
      }
      return undefined
    },
    columns: [
      textColumn({ name: 'label', required: true }),
      selectColumn({ name: 'kind', choices: choices('kind') }),
      {
        ...readAs,
        parse: (cell, row, scope) => {
          const word = typeof cell === 'string' ? READ_AS_WORDS[cell.trim().toLowerCase()] : undefined
          return readAs.parse(word ?? cell, row, scope)
        },
      },
      {
        ...timeZone,
        parse: (cell, row, scope) => {
          const parsed = timeZone.parse(cell, row, scope)
          if ('error' in parsed || parsed.value === null) return parsed
          const verdict = validateTimeZone(parsed.value)
          return verdict === true ? ok(parsed.value) : fail(verdict)
        },
      },
      deadlineTimeColumn('due', { required: true, storesZone: true }),
      booleanColumn({ name: 'showTime' }),
      textColumn({ name: 'note' }),
      deadlineTimeColumn('previousDue', { storesZone: false }),
      numberColumn({ name: 'order' }),
    ],
  }
}
