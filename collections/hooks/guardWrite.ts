import type { CollectionBeforeValidateHook, CollectionSlug, FlattenedField, GlobalBeforeValidateHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { isCollectionSlug } from './guardApiQuery'
import { disallowedLinkUrls, LINK_URL_MESSAGE } from '../../src/lib/richTextLinks'

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type FieldError = { path: string; message: string }
type RelationRef = { path: string; collection: string; id: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Text with a NUL byte: SQLite silently cuts it there, PostgreSQL refuses it with a driver error. */
function findNulBytes(value: unknown, path: string, errors: FieldError[]): void {
  const pending: [unknown, string][] = [[value, path]]
  while (pending.length > 0) {
    const [item, at] = pending.pop() as [unknown, string]
    if (typeof item === 'string') {
      if (item.includes('\u0000')) errors.push({ path: at, message: 'Text may not contain NUL characters (\\u0000); remove them.' })
    } else if (Array.isArray(item)) {
      item.forEach((entry, index) => pending.push([entry, `${at}.${index}`]))
    } else if (isRecord(item)) {
      for (const [key, entry] of Object.entries(item)) pending.push([entry, at ? `${at}.${key}` : key])
    }
  }
}

function relationIdOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number')) return String(value.id)
  return undefined
}

/** Walks the submitted data along the fields: relationship targets to check, rich-text links to refuse. */
function walkFields(fields: FlattenedField[], data: Record<string, unknown>, prefix: string, refs: RelationRef[], errors: FieldError[]): void {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) continue
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const items = Array.isArray(value) ? value : [value]
        items.forEach((item, index) => {
          const at = Array.isArray(value) ? `${path}.${index}` : path
          if (typeof field.relationTo === 'string') {
            const id = relationIdOf(item)
            if (id !== undefined) refs.push({ path: at, collection: field.relationTo, id })
          } else if (isRecord(item) && typeof item.relationTo === 'string') {
            const id = relationIdOf(item.value)
            if (id !== undefined) refs.push({ path: at, collection: item.relationTo, id })
          }
        })
        break
      }
      case 'richText':
        for (const url of disallowedLinkUrls(value)) errors.push({ path, message: `${LINK_URL_MESSAGE} "${url.slice(0, 80)}" is not.` })
        break
      case 'group':
      case 'tab':
        if (isRecord(value)) walkFields(field.flattenedFields, value, `${path}.`, refs, errors)
        break
      case 'array':
        if (Array.isArray(value)) {
          value.forEach((row, index) => {
            if (isRecord(row)) walkFields(field.flattenedFields, row, `${path}.${index}.`, refs, errors)
          })
        }
        break
      default:
        break
    }
  }
}

/** Relationship targets that do not exist: a 400 naming the field, not a foreign-key error (500). */
async function missingRelations(refs: RelationRef[], req: PayloadRequest): Promise<FieldError[]> {
  const errors: FieldError[] = []
  const uuidIds = 'idType' in req.payload.db && req.payload.db.idType === 'uuid'
  const byCollection = new Map<CollectionSlug, RelationRef[]>()
  for (const ref of refs) {
    if (!isCollectionSlug(req.payload, ref.collection)) continue
    if (uuidIds && !UUID_SHAPE.test(ref.id)) {
      errors.push({ path: ref.path, message: `"${ref.id.slice(0, 80)}" is not the id of a ${ref.collection} document.` })
      continue
    }
    const collection = ref.collection
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), ref])
  }
  for (const [collection, wanted] of byCollection) {
    const ids = [...new Set(wanted.map((ref) => ref.id))]
    const found = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const present = new Set(found.docs.map((doc) => String(doc.id)))
    for (const ref of wanted) {
      if (!present.has(ref.id)) errors.push({ path: ref.path, message: `There is no ${collection} document with the id "${ref.id}".` })
    }
  }
  return errors
}

async function problemsIn(fields: FlattenedField[], data: unknown, req: PayloadRequest): Promise<FieldError[]> {
  if (!isRecord(data)) return []
  const errors: FieldError[] = []
  findNulBytes(data, '', errors)
  const refs: RelationRef[] = []
  walkFields(fields, data, '', refs, errors)
  if (errors.length > 0) return errors
  return missingRelations(refs, req)
}

/**
 * Every write (REST, GraphQL, the admin, the Local API) is checked for what the database would
 * otherwise answer with a driver error or silently mangle: NUL bytes in text, relationships to
 * documents that do not exist, and rich-text links with schemes other than http, https and mailto.
 * Each becomes a field error (400 on the API, a message under the field in the admin).
 */
export const guardWrite: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  const errors = await problemsIn(collection.flattenedFields, data, req)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}

export const guardGlobalWrite: GlobalBeforeValidateHook = async ({ global, data, req }) => {
  const errors = await problemsIn(global.flattenedFields, data, req)
  if (errors.length > 0) throw new ValidationError({ global: global.slug, errors, req })
  return data
}
