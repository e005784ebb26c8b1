import type { CollectionSlug, FieldHook, TextField, Where } from 'payload'

import { slugify, validateSlugShape } from '../../src/lib/validation'
import { copySlug } from './copyOnDuplicate'
import { relationId } from './relationId'

type SlugFieldOptions = {
  /** The field the slug is made from when an editor leaves it empty. */
  from: string
  /** Slugs are unique within one edition when the collection has an `edition` field. */
  scopedToEdition?: boolean
}

export function slugField({ from, scopedToEdition = true }: SlugFieldOptions): TextField {
  const fillFromSource: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      description: `Used in the page address. Left empty, it is made from the ${from}.`,
    },
    hooks: { beforeValidate: [fillFromSource], beforeDuplicate: [copySlug] },
    validate: async (value, { data, id, req, collectionSlug }) => {
      if (!value) return 'A slug is required.'
      const shape = validateSlugShape(value)
      if (shape !== true) return shape
      if (!collectionSlug) return true

      const sameSlug: Where[] = [{ slug: { equals: value } }]
      if (id !== undefined) sameSlug.push({ id: { not_equals: id } })
      const editionId = relationId((data as { edition?: unknown })?.edition)
      if (scopedToEdition) {
        sameSlug.push(editionId ? { edition: { equals: editionId } } : { edition: { exists: false } })
      }
      const { totalDocs } = await req.payload.count({
        collection: collectionSlug as CollectionSlug,
        where: { and: sameSlug },
        req,
        overrideAccess: true,
      })
      if (totalDocs > 0) {
        return scopedToEdition
          ? `The slug "${value}" is already used in this edition. Choose another one.`
          : `The slug "${value}" is already used. Choose another one.`
      }
      return true
    },
  }
}
