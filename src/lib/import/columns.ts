/**
 * Columns: how one column of a file maps to one field of a collection. Each column parses a cell
 * into a normalised value, reads the same value from a stored document (to plan unchanged/update),
 * writes it into the data Payload saves, and gives the form an export writes.
 */
import type { Payload, PayloadRequest } from 'payload'

import { slugify, validateHttpUrl, validateSlugShape } from '../validation'
import { cellList, cellText, fail, ok, type Parsed, type Value } from './values'

export type Doc = { id: string; [key: string]: unknown }

export type EditionInfo = { id: string; year: number; timeZone: string; name: string }

/** A document another row can point to, by its slug or OpenReview id. */
export type Reference = { id: string; slug?: string; openReviewId?: string }

/** The speakers and papers of one edition, for sessions that reference them. */
export type ReferenceIndex = {
  find(collection: 'speakers' | 'papers', token: string): Reference | undefined
  byId(collection: 'speakers' | 'papers', id: string): Reference | undefined
}

/** Affiliations are shared by every edition; people reference them by name or short name. */
export type AffiliationIndex = { nameOf(id: string): string | undefined; canonicalName(name: string): string | undefined }

/** What columns read and write against: one edition, and the documents they may reference. */
export type Scope = { edition: EditionInfo; references: ReferenceIndex; affiliations: AffiliationIndex }

/** The row being parsed: its cells, and the stored document it matched, if any. */
export type RowInput = { cells: Map<string, unknown>; existing?: Doc }

export type WriteTools = { payload: Payload; req: PayloadRequest }

export type Column = {
  /** The column's name in exports and error reports; the Payload field name where they agree. */
  name: string
  /** The Payload field path (e.g. "links.pdf"), to map Payload's own field errors back to the column. */
  field: string
  /** Required when a row creates a document. */
  required?: boolean
  /** The cell of this column in a row; undefined when the file has no such column. */
  cell(cells: Map<string, unknown>): unknown
  parse(cell: unknown, row: RowInput, scope: Scope): Parsed
  read(doc: Doc, scope: Scope): Value
  /** The value as an export shows it; the same as `read` unless a person reads it differently (a time in its zone, a slug for an id). */
  exportValue(doc: Doc, scope: Scope): Value
  write(value: Value, data: Record<string, unknown>, tools: WriteTools, scope: Scope, existing?: Doc): Promise<void> | void
}

// ---------------------------------------------------------------------------------------------
// Paths

export function getPath(doc: Record<string, unknown>, path: string): unknown {
  let current: unknown = doc
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/** Sets a (possibly grouped) field; a group starts from the stored one, so its other fields are kept. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown, existing?: Doc): void {
  const parts = path.split('.')
  const last = parts.pop()
  if (!last) return
  let target = data
  let stored: unknown = existing
  for (const part of parts) {
    stored = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>)[part] : undefined
    if (typeof target[part] !== 'object' || target[part] === null) {
      target[part] = typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, unknown>) } : {}
    }
    target = target[part] as Record<string, unknown>
  }
  target[last] = value
}

export const relationId = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value) return relationId((value as { id: unknown }).id)
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Column builders

type ColumnOptions = { name: string; field?: string; aliases?: string[]; required?: boolean }

function locate(name: string, aliases: string[] = []): (cells: Map<string, unknown>) => unknown {
  const keys = [name, ...aliases].map((key) => key.toLowerCase().replace(/[^a-z0-9]/g, ''))
  return (cells) => {
    for (const key of keys) if (cells.has(key)) return cells.get(key)
    return undefined
  }
}

function storedText(doc: Doc, field: string): Value {
  const value = getPath(doc, field)
  return typeof value === 'string' && value !== '' ? value : null
}

function basic(options: ColumnOptions, parse: (text: string) => Parsed): Column {
  const field = options.field ?? options.name
  return {
    name: options.name,
    field,
    required: options.required,
    cell: locate(options.name, options.aliases),
    parse: (cell) => {
      const text = cellText(cell)
      if (text === undefined) return fail('Write this as text.')
      if (text === '') return options.required ? fail('This is required.') : ok(null)
      return parse(text)
    },
    read: (doc) => storedText(doc, field),
    exportValue: (doc) => storedText(doc, field),
    write: (value, data, _tools, _scope, existing) => setPath(data, field, value, existing),
  }
}

export const textColumn = (options: ColumnOptions): Column => basic(options, (text) => ok(text))

/** Multi-line text keeps its line breaks (only the ends are trimmed). */
export function textareaColumn(options: ColumnOptions): Column {
  const column = basic(options, (text) => ok(text.replace(/\r\n?/g, '\n')))
  return column
}

export function urlColumn(options: ColumnOptions): Column {
  return basic(options, (text) => {
    const verdict = validateHttpUrl(text)
    return verdict === true ? ok(text) : fail(verdict)
  })
}

export function slugColumn(): Column {
  return basic({ name: 'slug' }, (text) => {
    const verdict = validateSlugShape(text)
    return verdict === true ? ok(text) : fail(`"${text}" is not a slug. ${verdict}`)
  })
}

const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,40}$/

export function openReviewIdColumn(): Column {
  return basic({ name: 'openReviewId', aliases: ['forumId'] }, (text) =>
    OPENREVIEW_ID.test(text) ? ok(text) : fail(`"${text}" is not an OpenReview id: copy the id= part of the forum address.`),
  )
}

/** A select: the value or the label, in any case ("Oral", "oral"); the choices come from the collection's config. */
export function selectColumn(options: ColumnOptions & { choices: { label: string; value: string }[] }): Column {
  const byWord = new Map<string, string>()
  for (const choice of options.choices) {
    byWord.set(choice.value.toLowerCase(), choice.value)
    byWord.set(choice.label.toLowerCase(), choice.value)
  }
  const list = options.choices.map((choice) => choice.value).join(', ')
  return basic(options, (text) => {
    const value = byWord.get(text.toLowerCase())
    return value ? ok(value) : fail(`"${text}" is not one of: ${list}.`)
  })
}

export function numberColumn(options: ColumnOptions & { min?: number; max?: number; integer?: boolean }): Column {
  const field = options.field ?? options.name
  const column = basic(options, (text) => {
    const number = Number(text)
    if (!Number.isFinite(number)) return fail(`"${text}" is not a number.`)
    if (options.integer && !Number.isInteger(number)) return fail(`"${text}" is not a whole number.`)
    if (options.min !== undefined && number < options.min) return fail(`${text} is less than ${options.min}.`)
    if (options.max !== undefined && number > options.max) return fail(`${text} is more than ${options.max}.`)
    return ok(number)
  })
  const stored = (doc: Doc): Value => {
    const value = getPath(doc, field)
    return typeof value === 'number' ? value : null
  }
  return { ...column, read: stored, exportValue: stored }
}

export function booleanColumn(options: ColumnOptions): Column {
  const field = options.field ?? options.name
  const stored = (doc: Doc): Value => {
    const value = getPath(doc, field)
    return typeof value === 'boolean' ? value : null
  }
  return {
    ...basic(options, () => ok(null)),
    parse: (cell) => {
      if (typeof cell === 'boolean') return ok(cell)
      const text = cellText(cell)?.toLowerCase()
      if (text === undefined) return fail('Write yes or no.')
      if (text === '') return ok(null)
      if (['true', 'yes', 'y', '1', 'x'].includes(text)) return ok(true)
      if (['false', 'no', 'n', '0'].includes(text)) return ok(false)
      return fail(`"${text}" is not yes or no.`)
    },
    read: stored,
    exportValue: stored,
  }
}

// ---------------------------------------------------------------------------------------------
// Authors: "A, B, C" or "A; B; C" in one column, a JSON list, or repeated columns author1, author2…
// (each with an optional author1Affiliation). Exports write the repeated columns, so affiliations survive.

type Author = { name: string; affiliation: string | null }

const AUTHOR_COLUMN = /^author(\d+)$/

/** author1, author2… (each with an optional author1Affiliation), in number order; undefined when the file has none filled in. */
function authorsFromRepeatedColumns(cells: Map<string, unknown>): unknown[] | undefined {
  const numbered: { position: number; name: unknown; affiliation: unknown }[] = []
  for (const [key, cell] of cells) {
    const match = AUTHOR_COLUMN.exec(key)
    if (match) numbered.push({ position: Number(match[1]), name: cell, affiliation: cells.get(`${key}affiliation`) })
  }
  if (!numbered.some(({ name }) => cellText(name))) return undefined
  return numbered.sort((a, b) => a.position - b.position).map(({ name, affiliation }) => ({ name, affiliation }))
}

function parseAuthor(item: unknown): Author | undefined | null {
  if (typeof item === 'string') return item.trim() ? { name: item.trim(), affiliation: null } : null
  if (typeof item === 'object' && item !== null && 'name' in item) {
    const { name, affiliation } = item as { name: unknown; affiliation?: unknown }
    const nameText = cellText(name)
    const affiliationText = cellText(affiliation)
    if (nameText === undefined || affiliationText === undefined) return undefined
    if (nameText === '') return affiliationText ? undefined : null
    return { name: nameText, affiliation: affiliationText || null }
  }
  return undefined
}

export function authorsColumn(): Column {
  const single = locate('authors', ['author'])
  const stored = (doc: Doc): Value => {
    const authors = Array.isArray(doc.authors) ? (doc.authors as { name?: unknown; affiliation?: unknown }[]) : []
    return authors.map((author) => ({
      name: typeof author.name === 'string' ? author.name : '',
      affiliation: typeof author.affiliation === 'string' && author.affiliation !== '' ? author.affiliation : null,
    }))
  }
  return {
    name: 'authors',
    field: 'authors',
    required: true,
    // A file may have both an authors column and author1, author2…: a row uses whichever it fills in.
    cell: (cells) => {
      const repeated = authorsFromRepeatedColumns(cells)
      if (repeated) return repeated
      const list = single(cells)
      if (list !== undefined) return list
      return [...cells.keys()].some((key) => AUTHOR_COLUMN.test(key)) ? '' : undefined
    },
    parse: (cell) => {
      const items = Array.isArray(cell) ? cell : cellList(cell)
      if (items === undefined) return fail('List the authors as "A; B; C", "A, B, C", or in columns author1, author2…')
      const authors: Value[] = []
      for (const item of items) {
        const author = parseAuthor(item)
        if (author === undefined) return fail('Each author needs a name (and may have an affiliation).')
        if (author) authors.push(author)
      }
      return authors.length > 0 ? ok(authors) : fail('A paper needs at least one author.')
    },
    read: stored,
    exportValue: stored,
    write: (value, data) => {
      data.authors = (value as Author[]).map((author) => ({ name: author.name, affiliation: author.affiliation }))
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Affiliation, by name or short name; a new name becomes a new affiliation when the row is written.

export function affiliationColumn(): Column {
  const stored = (doc: Doc, scope: Scope): Value => {
    const id = relationId(doc.affiliation)
    return id ? (scope.affiliations.nameOf(id) ?? null) : null
  }
  return {
    ...basic({ name: 'affiliation' }, (text) => ok(text)),
    parse: (cell, _row, scope) => {
      const text = cellText(cell)
      if (text === undefined) return fail('Write the affiliation as its name.')
      if (text === '') return ok(null)
      return ok(scope.affiliations.canonicalName(text) ?? text)
    },
    read: stored,
    exportValue: stored,
    write: async (value, data, { payload, req }) => {
      if (value === null) {
        data.affiliation = null
        return
      }
      const name = String(value)
      const { docs } = await payload.find({
        collection: 'affiliations',
        where: { or: [{ name: { equals: name } }, { shortName: { equals: name } }] },
        limit: 1,
        depth: 0,
        pagination: false,
        select: {},
        req,
        overrideAccess: false,
        user: req.user,
      })
      const found = docs[0]
      if (found) {
        data.affiliation = found.id
        return
      }
      const created = await payload.create({
        collection: 'affiliations',
        data: { name, _status: 'published' },
        req,
        overrideAccess: false,
        user: req.user,
      })
      data.affiliation = created.id
    },
  }
}

// ---------------------------------------------------------------------------------------------
// References from a session to speakers or papers, by slug or OpenReview id; stored as ids, in order.

export function referencesColumn(collection: 'speakers' | 'papers'): Column {
  const stored = (doc: Doc): Value => {
    const list = Array.isArray(doc[collection]) ? (doc[collection] as unknown[]) : []
    return list.map(relationId).filter((id): id is string => id !== undefined)
  }
  const noun = collection === 'speakers' ? 'speaker' : 'paper'
  return {
    name: collection,
    field: collection,
    cell: locate(collection, [noun]),
    parse: (cell, _row, scope) => {
      const tokens = cellList(cell)
      if (tokens === undefined) return fail(`List the ${collection} by slug or OpenReview id, separated by ";".`)
      const ids: Value[] = []
      for (const token of tokens) {
        const reference = scope.references.find(collection, token)
        if (!reference) return fail(`No ${noun} with the slug or OpenReview id "${token}" in ${scope.edition.name}.`)
        ids.push(reference.id)
      }
      return ok(ids)
    },
    read: stored,
    exportValue: (doc, scope) =>
      (stored(doc) as string[]).map((id) => {
        const reference = scope.references.byId(collection, id)
        return reference?.slug ?? reference?.openReviewId ?? id
      }),
    write: (value, data) => {
      data[collection] = value
    },
  }
}

/** The slug a row without one gets, as the collection's slug hook makes it. */
export function derivedSlug(source: Value | undefined): string | undefined {
  return typeof source === 'string' && source ? slugify(source) || undefined : undefined
}
