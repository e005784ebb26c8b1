/**
 * Times in files are wall clocks in the zone they belong to: a session in its edition's venue zone,
 * a deadline in its "read as" rule. "2025-06-11 09:00" (or with a T) is read in that zone; a time
 * with an explicit offset ("…T09:00-05:00", "…Z") is taken as the instant it names. Exports write
 * the wall clock, so a file reads the way the call for papers and the printed schedule do.
 */
import { format } from 'date-fns'
import { TZDate } from '@date-fns/tz'

import { ADMIN_TIME_ZONES } from '../timeZones'
import { deadlineZone, wallClockToInstant } from '../time'
import { type Column, type Doc, getPath, type RowInput, type Scope, setPath } from './columns'
import { cellText, fail, ok, type Parsed, type Value } from './values'

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/

/** A wall clock in `zone`, or an ISO instant with an offset → the UTC instant as ISO text. */
export function parseZonedTime(text: string, zone: string): Parsed {
  if (WITH_OFFSET.test(text)) {
    const instant = new Date(text)
    return Number.isNaN(instant.getTime()) ? fail(`"${text}" is not a date and time.`) : ok(instant.toISOString())
  }
  const match = WALL_CLOCK.exec(text)
  if (!match) return fail(`"${text}" is not a date and time. Write it as 2025-06-11 09:00 (in ${zone}).`)
  const [year, month, day, hour, minute] = [match[1], match[2], match[3], match[4] ?? '0', match[5] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return fail(`"${text}" is not a date and time.`)
  const instant = wallClockToInstant(year, month - 1, day, hour, minute, zone)
  // 31 February rolls over into March: refuse it instead of moving the date.
  const check = new TZDate(instant.getTime(), zone)
  if (check.getDate() !== day || check.getMonth() !== month - 1) return fail(`"${text}" is not a date.`)
  return ok(instant.toISOString())
}

export function formatWallClock(iso: string, zone: string): string {
  return format(new TZDate(new Date(iso).getTime(), zone), 'yyyy-MM-dd HH:mm')
}

/** The zone a date field's `_tz` companion can hold: the admin's list, else UTC. */
function supportedZone(zone: string): string {
  return ADMIN_TIME_ZONES.some((option) => option.value === zone) ? zone : 'UTC'
}

type ZoneOf = (row: RowInput | { doc: Doc }, scope: Scope) => string
/** The zone the admin shows the written value in (the date field's `_tz` companion), if it has one. */
type ZoneOfWrite = (data: Record<string, unknown>, scope: Scope, existing?: Doc) => string

function zonedTimeColumn(options: { name: string; required?: boolean; zoneOf: ZoneOf; zoneOfWrite?: ZoneOfWrite }): Column {
  const key = options.name.toLowerCase()
  const stored = (doc: Doc): Value => {
    const value = getPath(doc, options.name)
    return typeof value === 'string' && value ? new Date(value).toISOString() : null
  }
  return {
    name: options.name,
    field: options.name,
    required: options.required,
    cell: (cells) => cells.get(key),
    parse: (cell, row, scope) => {
      const text = cellText(cell)
      if (text === undefined) return fail('Write the time as text, e.g. 2025-06-11 09:00.')
      if (text === '') return options.required ? fail('This is required.') : ok(null)
      return parseZonedTime(text, options.zoneOf(row, scope))
    },
    read: stored,
    exportValue: (doc, scope) => {
      const value = stored(doc)
      return typeof value === 'string' ? formatWallClock(value, options.zoneOf({ doc }, scope)) : null
    },
    write: (value, data, _tools, scope, existing) => {
      setPath(data, options.name, value)
      if (options.zoneOfWrite) data[`${options.name}_tz`] = supportedZone(options.zoneOfWrite(data, scope, existing))
    },
  }
}

/** A session's start: always the venue's wall clock. */
export function venueTimeColumn(name: string, required = false): Column {
  const venue = (_row: unknown, scope: Scope) => scope.edition.timeZone
  return zonedTimeColumn({ name, required, zoneOf: venue, zoneOfWrite: venue })
}

/**
 * A deadline's due or previous due: in its "read as" rule. The rule comes from the row's readAs and
 * timeZone cells, else from the stored date; a date with no rule yet is read at the venue.
 */
export function deadlineTimeColumn(name: string, options: { required?: boolean; storesZone: boolean }): Column {
  return zonedTimeColumn({
    name,
    required: options.required,
    zoneOf: (row, scope) => deadlineZone('doc' in row ? ruleOf(row.doc) : ruleOfRow(row), scope.edition.timeZone),
    zoneOfWrite: options.storesZone
      ? (data, scope, existing) => {
          const stored = ruleOf(existing)
          const rule = {
            readAs: 'readAs' in data ? (data.readAs as string | null) : stored.readAs,
            timeZone: 'timeZone' in data ? (data.timeZone as string | null) : stored.timeZone,
          }
          return deadlineZone(rule, scope.edition.timeZone)
        }
      : undefined,
  })
}

type Rule = { readAs?: string | null; timeZone?: string | null }

function ruleOf(doc: Doc | undefined): Rule {
  if (!doc) return {}
  return { readAs: doc.readAs as string | null | undefined, timeZone: doc.timeZone as string | null | undefined }
}

function ruleOfRow(row: RowInput): Rule {
  const stored = ruleOf(row.existing)
  const readAs = cellText(row.cells.get('readas'))?.toLowerCase()
  const timeZone = cellText(row.cells.get('timezone'))
  return {
    readAs: readAs ? READ_AS_WORDS[readAs] ?? readAs : stored.readAs,
    timeZone: row.cells.has('timezone') ? timeZone || null : stored.timeZone,
  }
}

/** How people write the rules in a spreadsheet, to the stored values. */
export const READ_AS_WORDS: Record<string, string> = {
  aoe: 'aoe',
  'anywhere on earth': 'aoe',
  venue: 'venue',
  "the venue's time zone": 'venue',
  zone: 'zone',
  'a named time zone': 'zone',
}
