import type { CollectionBeforeOperationHook, CollectionSlug, Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { DEFAULT_REST_LIMIT, MAX_REST_DEPTH, MAX_REST_LIMIT } from '../../src/lib/apiLimits'
import { checkWhere, type WhereSchema } from '../../src/lib/api/where'

export function isCollectionSlug(payload: Payload, slug: string): slug is CollectionSlug {
  return Object.hasOwn(payload.collections, slug)
}

export function whereSchemaOf(req: PayloadRequest, collection: string): WhereSchema {
  const { payload } = req
  const fieldsOf = (slug: string) => (isCollectionSlug(payload, slug) ? payload.collections[slug].config.flattenedFields : undefined)
  return {
    fields: fieldsOf(collection) ?? [],
    fieldsOf,
    uuidIds: 'idType' in payload.db && payload.db.idType === 'uuid',
  }
}

/**
 * What a REST or GraphQL client asks for, checked before Payload runs it (the Local API, used by
 * the site's own queries and the admin's server views, is trusted and passes untouched): a
 * malformed `where` is a 400 with the reason instead of a database error, and `depth` and `limit`
 * are clamped to the caps in src/lib/apiLimits.ts. Signed-in editors may still ask for everything
 * (`limit=0`, `pagination=false`: admin tools); for anyone else it is a page of at most MAX_REST_LIMIT.
 */
export const guardApiQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  if ('where' in args) {
    const problem = checkWhere(args.where, whereSchemaOf(req, collection.slug))
    if (problem) throw new APIError(problem, 400, undefined, true)
  }
  if ('depth' in args && typeof args.depth === 'number' && args.depth > MAX_REST_DEPTH) args.depth = MAX_REST_DEPTH
  if ('limit' in args || 'pagination' in args) {
    const unpaginated = ('pagination' in args && args.pagination === false) || ('limit' in args && args.limit === 0)
    if (unpaginated && req.user) return args
    // Asking for everything (limit=0 or pagination=false) gets the largest page.
    const asked = 'limit' in args && typeof args.limit === 'number' ? args.limit : unpaginated ? 0 : DEFAULT_REST_LIMIT
    const limit = asked <= 0 ? MAX_REST_LIMIT : Math.min(Math.floor(asked), MAX_REST_LIMIT)
    Object.assign(args, { limit, ...('pagination' in args ? { pagination: true } : {}) })
  }
  return args
}
