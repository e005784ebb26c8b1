/**
 * The one walk over a collection's fields that both directions share: export turns relation ids
 * into refs, import turns refs back into the new ids. Driven by the collection's flattened config,
 * so every field (groups, arrays, blocks, time-zone companions) is covered.
 */
import type { FlattenedField } from 'payload'

/** Maps a related document's id (export) or ref (import); undefined when it is not in the set. */
export type RelationMapper = (relationTo: string, value: string, path: string) => string | undefined

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An id as Payload hands it at depth 0, or the id of a populated document. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number') return String(value)
  if (isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number')) return String(value.id)
  return undefined
}

function mapRelation(field: FlattenedField & { relationTo: unknown }, value: unknown, map: RelationMapper, path: string): unknown {
  if (typeof field.relationTo !== 'string') return value // polymorphic relations: none in this model
  const relationTo = field.relationTo
  const one = (item: unknown, itemPath: string) => {
    const id = idOf(item)
    return id === undefined ? undefined : map(relationTo, id, itemPath)
  }
  if ('hasMany' in field && field.hasMany) {
    if (!Array.isArray(value)) return []
    return value.flatMap((item, index) => {
      const mapped = one(item, `${path}.${index}`)
      return mapped === undefined ? [] : [mapped]
    })
  }
  if (value === null || value === undefined) return null
  return one(value, path) ?? null
}

/**
 * A document's fields, relation values mapped. `skip` names top-level fields left out (managed
 * ones, the edition relation); array rows lose their ids (the database makes new ones).
 */
export function mapFields(
  fields: FlattenedField[],
  doc: Record<string, unknown>,
  map: RelationMapper,
  skip: ReadonlySet<string>,
  path = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const name = field.name
    if (skip.has(name) || !(name in doc)) continue
    const value = doc[name]
    const fieldPath = path ? `${path}.${name}` : name
    switch (field.type) {
      case 'join':
        continue
      case 'relationship':
      case 'upload':
        out[name] = mapRelation(field, value, map, fieldPath)
        break
      case 'group':
      case 'tab':
        out[name] = isRecord(value) ? mapFields(field.flattenedFields, value, map, ROW_SKIP, fieldPath) : value
        break
      case 'array':
        out[name] = Array.isArray(value)
          ? value.map((row, index) =>
              isRecord(row) ? mapFields(field.flattenedFields, row, map, ROW_SKIP, `${fieldPath}.${index}`) : row,
            )
          : value
        break
      case 'blocks':
        out[name] = Array.isArray(value)
          ? value.map((row, index) => {
              if (!isRecord(row)) return row
              const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
              if (!block) return row
              return {
                blockType: row.blockType,
                ...mapFields(block.flattenedFields, row, map, ROW_SKIP, `${fieldPath}.${index}`),
              }
            })
          : value
        break
      default:
        out[name] = value
    }
  }
  return out
}

const ROW_SKIP: ReadonlySet<string> = new Set(['id'])
