/**
 * Validate rows → plan: each row becomes a create, an update, unchanged, or an error, without
 * writing anything. The dry run stops here; the import writes what the plan says.
 */
import type { Column, Doc, EditionInfo, Scope } from './columns'
import { derivedSlug } from './columns'
import type { Editions } from './scope'
import type { CollectionSpec } from './specs'
import type { RowAction, RowError, SourceRow } from './types'
import { cellText, sameValue, type Value } from './values'

export type PublishStatus = 'draft' | 'published'

export type PlannedRow = {
  row: number
  label: string
  action: RowAction
  errors: RowError[]
  edition?: EditionInfo
  scope?: Scope
  existing?: Doc
  /** Parsed values of the columns the file has, by column name. */
  values: Map<string, Value>
  /** The slug a new document gets when the file has none. */
  slug?: string
  status?: PublishStatus
}

export type PlanInput = {
  spec: CollectionSpec
  rows: SourceRow[]
  editions: Editions
  /** The edition of rows without an edition column: ?edition=, else the current one. */
  fallbackEdition?: EditionInfo
  scopeOf: (edition: EditionInfo) => Promise<Scope>
  documentsOf: (edition: EditionInfo) => Promise<Doc[]>
  /** The status of new documents when the file has no status column. */
  defaultStatus: PublishStatus
}

/** A key's value for a document or a row, e.g. "openReviewId=abc" or "title=Break|start=2025-…". */
type KeyIndex = Map<string, Doc>

function keyText(key: string[], valueOf: (column: string) => Value | undefined): string | undefined {
  const parts: string[] = []
  for (const column of key) {
    const value = valueOf(column)
    if (value === undefined || value === null || value === '') return undefined
    parts.push(`${column}=${JSON.stringify(value)}`)
  }
  return parts.join('|')
}

function buildKeyIndexes(spec: CollectionSpec, documents: Doc[], scope: Scope): KeyIndex[] {
  const columns = new Map(spec.columns.map((column) => [column.name, column]))
  return spec.keys.map((key) => {
    const index: KeyIndex = new Map()
    for (const doc of documents) {
      const text = keyText(key, (name) => (name === 'id' ? doc.id : columns.get(name)?.read(doc, scope)))
      if (text && !index.has(text)) index.set(text, doc)
    }
    return index
  })
}

function labelOf(spec: CollectionSpec, values: Map<string, Value>, existing: Doc | undefined, row: number): string {
  const value = values.get(spec.labelColumn) ?? existing?.[spec.labelColumn]
  return typeof value === 'string' && value ? value : `Row ${row}`
}

function parseStatus(cells: Map<string, unknown>): PublishStatus | { error: string } | undefined {
  if (!cells.has('status')) return undefined
  const text = cellText(cells.get('status'))?.toLowerCase()
  if (text === '') return undefined
  if (text === 'draft' || text === 'published') return text
  return { error: `"${String(cells.get('status'))}" is not a status. Use draft or published.` }
}

export async function planImport(input: PlanInput): Promise<PlannedRow[]> {
  const { spec } = input
  const indexes = new Map<string, Promise<KeyIndex[]>>()
  const indexesOf = (edition: EditionInfo, scope: Scope) => {
    let found = indexes.get(edition.id)
    if (!found) {
      found = input.documentsOf(edition).then((documents) => buildKeyIndexes(spec, documents, scope))
      indexes.set(edition.id, found)
    }
    return found
  }
  // Which earlier row claimed a key, per edition, so a file cannot import one document twice.
  const claimed = new Map<string, number>()
  const planned: PlannedRow[] = []

  for (const source of input.rows) {
    const errors: RowError[] = []
    const fail = (field: string | undefined, message: string) => errors.push({ row: source.row, field, message })
    const result: PlannedRow = { row: source.row, label: `Row ${source.row}`, action: 'error', errors, values: new Map() }
    planned.push(result)

    // The edition: an edition column holding the year, else the request's.
    let edition = input.fallbackEdition
    if (source.cells.has('edition') && cellText(source.cells.get('edition'))) {
      const text = cellText(source.cells.get('edition')) ?? ''
      const year = Number(text)
      edition = Number.isInteger(year) ? input.editions.byYear.get(year) : undefined
      if (!edition) {
        fail('edition', `There is no edition "${text}". Write the edition's year, e.g. 2025.`)
        continue
      }
    }
    if (!edition) {
      fail('edition', 'No edition: add an edition column with the year, pass ?edition=<year>, or mark an edition current.')
      continue
    }
    const scope = await input.scopeOf(edition)
    result.edition = edition
    result.scope = scope

    // Match on the keys first (their columns never depend on the stored document), then parse every column.
    const keyIndexes = await indexesOf(edition, scope)
    const columns = new Map(spec.columns.map((column) => [column.name, column]))
    const keyValue = (name: string): Value | undefined => {
      if (name === 'id') return cellText(source.cells.get('id')) || undefined
      const column = columns.get(name)
      const cell = column?.cell(source.cells)
      if (!column) return undefined
      if (cell === undefined) return name === 'slug' && spec.slugFrom ? derivedSlugOf(spec, columns, source, scope) : undefined
      const parsed = column.parse(cell, { cells: source.cells }, scope)
      return 'value' in parsed ? parsed.value : undefined
    }
    const keyTexts = spec.keys.map((key) => keyText(key, keyValue))
    let existing: Doc | undefined
    for (const [position, text] of keyTexts.entries()) {
      existing = text ? keyIndexes[position]?.get(text) : undefined
      if (existing) break
    }

    const present: Column[] = spec.columns.filter((column) => column.cell(source.cells) !== undefined)
    for (const column of present) {
      const parsed = column.parse(column.cell(source.cells), { cells: source.cells, existing }, scope)
      if ('error' in parsed) fail(column.name, parsed.error)
      else result.values.set(column.name, parsed.value)
    }
    result.existing = existing
    result.label = labelOf(spec, result.values, existing, source.row)

    if (!existing) {
      for (const column of spec.columns) {
        if (column.required && !present.includes(column)) fail(column.name, `A new ${spec.noun} needs a value in the column "${column.name}".`)
      }
      if (spec.slugFrom && !result.values.has('slug')) result.slug = derivedSlug(result.values.get(spec.slugFrom))
    }

    // A key of this row that belongs to another document (or to an earlier row) is a conflict.
    for (const [position, key] of spec.keys.entries()) {
      const text = keyTexts[position]
      if (!text) continue
      const owner = keyIndexes[position]?.get(text)
      if (owner && existing && owner.id !== existing.id && !key.includes('id')) {
        fail(key.join(' and '), `Another ${spec.noun} in ${edition.name} already has this ${key.join(' and ')}: "${labelOf(spec, new Map(), owner, 0)}".`)
      }
      const claim = `${edition.id} ${text}`
      const earlier = claimed.get(claim)
      if (earlier !== undefined) fail(key.join(' and '), `Row ${earlier} has the same ${key.join(' and ')}: a file can import a ${spec.noun} only once.`)
      else claimed.set(claim, source.row)
    }

    const status = parseStatus(source.cells)
    if (typeof status === 'object') fail('status', status.error)
    else result.status = status ?? (existing ? undefined : input.defaultStatus)

    const crossCheck = spec.checkRow?.(result.values, existing)
    if (crossCheck) fail(crossCheck.field, crossCheck.message)

    if (errors.length > 0) continue
    if (!existing) {
      result.action = 'create'
      continue
    }
    const changed =
      [...result.values].some(([name, value]) => !sameValue(columns.get(name)?.read(existing, scope), value)) ||
      (result.status !== undefined && result.status !== existing._status)
    result.action = changed ? 'update' : 'unchanged'
  }
  return planned
}

function derivedSlugOf(spec: CollectionSpec, columns: Map<string, Column>, source: SourceRow, scope: Scope): string | undefined {
  const column = spec.slugFrom ? columns.get(spec.slugFrom) : undefined
  const cell = column?.cell(source.cells)
  if (!column || cell === undefined) return undefined
  const parsed = column.parse(cell, { cells: source.cells }, scope)
  return 'value' in parsed ? derivedSlug(parsed.value) : undefined
}
