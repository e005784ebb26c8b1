/**
 * Cell values: what a CSV cell or a JSON value says, read into the one normalised form the plan
 * compares with the stored document (so re-importing an export is "unchanged").
 */

/** A normalised value: JSON, compared by its serialisation. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

export type Parsed = { value: Value } | { error: string }

export const ok = (value: Value): Parsed => ({ value })
export const fail = (error: string): Parsed => ({ error })

export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** A cell as trimmed text; '' for empty. Numbers and booleans from JSON are written out. */
export function cellText(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string') return cell.trim()
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell)
  return undefined
}

/**
 * A list in one cell: "A; B; C", or "A, B, C" when there is no semicolon; a JSON array as it is.
 * Empty entries are dropped.
 */
export function cellList(cell: unknown): string[] | undefined {
  if (Array.isArray(cell)) {
    const items = cell.map(cellText)
    if (items.some((item) => item === undefined)) return undefined
    return (items as string[]).filter((item) => item !== '')
  }
  const text = cellText(cell)
  if (text === undefined) return undefined
  if (text === '') return []
  const separator = text.includes(';') ? ';' : ','
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x'])
const FALSE_WORDS = new Set(['false', 'no', 'n', '0'])

export function cellBoolean(cell: unknown): boolean | null | undefined {
  if (typeof cell === 'boolean') return cell
  const text = cellText(cell)?.toLowerCase()
  if (text === undefined) return undefined
  if (text === '') return null
  if (TRUE_WORDS.has(text)) return true
  if (FALSE_WORDS.has(text)) return false
  return undefined
}

/** A value for a CSV cell: lists joined with "; ", nothing for null. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(csvCell).join('; ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
