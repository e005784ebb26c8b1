import type { FlattenedField } from 'payload'

import { MAX_WHERE_CONDITIONS, MAX_WHERE_NESTING, MAX_WHERE_RELATION_HOPS } from '../apiLimits'

/**
 * Checks a client's `where` (REST query string or GraphQL input) before it reaches the database
 * adapter, which answers malformed filters with a driver error (a 500): an object where a value
 * belongs (`[equals][$ne]`), a non-date against a date, geo operators on text, a path into rich
 * text, thousands of `or` branches (SQLite's expression limit). Returns a sentence a person can act
 * on, or undefined when the filter is fine. Paths it does not know are left to Payload, which
 * answers them with its own 400.
 */

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'contains',
  'like',
  'not_like',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'within',
  'intersects',
  'near',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['within', 'intersects', 'near'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'richText', 'json'])
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PATH_SHAPE = /^\w+(?:\.\w+)*$/

export type WhereSchema = {
  /** The collection's fields (Payload's flattenedFields). */
  fields: FlattenedField[]
  /** The fields of another collection, to follow a relationship. */
  fieldsOf(collection: string): FlattenedField[] | undefined
  /** Whether ids are UUIDs (the SQL adapters here), so a non-UUID can be refused before the driver sees it. */
  uuidIds: boolean
}

/** What a path ends on: a field, or the document's id. */
type PathEnd = { kind: 'id' } | { kind: 'field'; field: FlattenedField } | { kind: 'unknown' }

type Scalar = string | number | boolean | null

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

/** `and`/`or` arrive as arrays, or (from a query string with more than 1000 items) as objects keyed by index. */
function branchesOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (isRecord(value)) return Object.values(value)
  return undefined
}

export function checkWhere(where: unknown, schema: WhereSchema): string | undefined {
  if (where === undefined || where === null) return undefined
  if (!isRecord(where)) return 'where must be an object of conditions, e.g. where[title][equals]=Keynote.'
  const counter = { conditions: 0 }
  return checkLevel(where, schema, 1, counter)
}

function checkLevel(where: Record<string, unknown>, schema: WhereSchema, nesting: number, counter: { conditions: number }): string | undefined {
  if (nesting > MAX_WHERE_NESTING) return `where nests and/or more than ${MAX_WHERE_NESTING} levels deep.`
  for (const [key, value] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') {
      const branches = branchesOf(value)
      if (!branches) return `where[${key}] must be a list of conditions.`
      for (const branch of branches) {
        if (!isRecord(branch)) return `Each item of where[${key}] must be an object of conditions.`
        const problem = checkLevel(branch, schema, nesting + 1, counter)
        if (problem) return problem
      }
      continue
    }
    counter.conditions += 1
    if (counter.conditions > MAX_WHERE_CONDITIONS) {
      return `where holds more than ${MAX_WHERE_CONDITIONS} conditions; narrow the query or split it.`
    }
    const problem = checkCondition(key, value, schema)
    if (problem) return problem
  }
  return undefined
}

function checkCondition(path: string, condition: unknown, schema: WhereSchema): string | undefined {
  if (!PATH_SHAPE.test(path)) return `"${path}" is not a field path: use names joined by dots, e.g. edition.year.`
  if (!isRecord(condition)) {
    return `where[${path}] needs an operator, e.g. where[${path}][equals]=value.`
  }
  const end = resolvePath(path, schema)
  if (typeof end === 'string') return end
  for (const [operator, value] of Object.entries(condition)) {
    if (!OPERATORS.has(operator)) {
      return `"${operator}" is not a query operator. Use one of: ${[...OPERATORS].join(', ')}.`
    }
    const problem = checkOperand(path, operator, value, end, schema)
    if (problem) return problem
  }
  return undefined
}

function resolvePath(path: string, schema: WhereSchema): PathEnd | string {
  const segments = path.split('.')
  let fields: FlattenedField[] | undefined = schema.fields
  let hops = 0
  for (let index = 0; index < segments.length; index++) {
    const name = segments[index]
    const last = index === segments.length - 1
    if (!fields) return { kind: 'unknown' }
    if (name === 'id' && last && !fields.some((field) => field.name === 'id')) return { kind: 'id' }
    const field: FlattenedField | undefined = fields.find((candidate) => candidate.name === name)
    if (!field) return { kind: 'unknown' }
    if (last) return { kind: 'field', field }
    switch (field.type) {
      case 'richText':
        return `"${path}": rich text cannot be queried inside; filter on ${segments.slice(0, index + 1).join('.')} itself.`
      case 'relationship':
      case 'upload': {
        if (typeof field.relationTo !== 'string') return { kind: 'unknown' }
        hops += 1
        if (hops > MAX_WHERE_RELATION_HOPS) {
          return `"${path}" follows more than ${MAX_WHERE_RELATION_HOPS} relationships; query the related collection instead.`
        }
        fields = schema.fieldsOf(field.relationTo)
        break
      }
      case 'group':
      case 'array':
      case 'tab':
        fields = field.flattenedFields
        break
      case 'json':
      case 'blocks':
      case 'join':
        // Payload queries inside these by its own rules.
        return { kind: 'unknown' }
      default:
        return `"${path}": ${name} is a ${field.type} field and has no fields inside it.`
    }
  }
  return { kind: 'unknown' }
}

function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

function isBooleanLike(value: unknown): boolean {
  return typeof value === 'boolean' || value === 'true' || value === 'false'
}

function isDateLike(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string' && typeof value !== 'number') return false
  return !Number.isNaN(new Date(value).getTime())
}

function isNumberLike(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
}

function checkOperand(path: string, operator: string, value: unknown, end: PathEnd, schema: WhereSchema): string | undefined {
  const at = `where[${path}][${operator}]`
  if (GEO_OPERATORS.has(operator)) {
    if (end.kind === 'field' && end.field.type === 'point') return undefined
    return `${at}: ${operator} works on location (point) fields only.`
  }
  if (operator === 'exists') {
    return isBooleanLike(value) ? undefined : `${at} takes true or false.`
  }
  const values = LIST_OPERATORS.has(operator) ? valuesOf(value) : [value]
  if (!LIST_OPERATORS.has(operator) && Array.isArray(value)) return `${at} takes one value, not a list; use in for a list.`
  if (values.length > MAX_WHERE_CONDITIONS) return `${at} lists more than ${MAX_WHERE_CONDITIONS} values.`
  for (const item of values) {
    if (!isScalar(item) && !(item instanceof Date)) {
      return `${at} must be a plain value (text, a number, true or false), not an object.`
    }
  }
  if (end.kind === 'unknown') return undefined
  const checkIds = (what: string) => {
    if (!schema.uuidIds || TEXT_OPERATORS.has(operator)) return undefined
    const bad = values.find((item) => item !== null && !(typeof item === 'string' && UUID_SHAPE.test(item)))
    return bad === undefined ? undefined : `${at}: "${String(bad)}" is not ${what} (ids look like 8c5f0b8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f).`
  }
  if (end.kind === 'id') {
    if (TEXT_OPERATORS.has(operator)) return `${at}: ids cannot be searched as text; use equals or in.`
    return checkIds('a valid id')
  }
  const { field } = end
  const hasMany = 'hasMany' in field && field.hasMany === true
  if (operator === 'all' && !hasMany) {
    return `${at}: all works on fields that hold several values; ${path} holds one. Use equals or in.`
  }
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(field.type)) {
    return `${at}: ${operator} searches text; ${path} is a ${field.type} field.`
  }
  switch (field.type) {
    case 'date':
      if (values.every((item) => item === null || isDateLike(item))) return undefined
      return `${at}: "${String(values.find((item) => !isDateLike(item)))}" is not a date. Use ISO 8601, e.g. 2025-06-11 or 2025-06-11T09:00:00Z.`
    case 'number':
      if (values.every((item) => item === null || isNumberLike(item))) return undefined
      return `${at}: "${String(values.find((item) => !isNumberLike(item)))}" is not a number.`
    case 'checkbox':
      if (values.every((item) => item === null || isBooleanLike(item))) return undefined
      return `${at} takes true or false.`
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' ? checkIds(`the id of a ${field.relationTo} document`) : undefined
    case 'richText':
      if (operator === 'like' || operator === 'not_like' || operator === 'contains') return undefined
      return `${at}: rich text can only be searched with like or contains.`
    case 'group':
    case 'array':
    case 'blocks':
      return `${at}: ${path} holds fields; filter on one of them, e.g. ${path}.<field>.`
    default:
      return undefined
  }
}
