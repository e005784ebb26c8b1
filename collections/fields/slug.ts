import type { CollectionSlug, FieldHook, TextField, Where } from 'payload'

import { slugify, validateSlugShape } from '../../src/lib/validation'
import { copySlug } from './copyOnDuplicate'
import { relationId } from './relationId'

type SlugFieldOptions = {
  /** The field the slug is made from when an editor leaves it empty. */
  from: string
  /** Slugs are unique within one edition when the collection has an `edition` field. */
  scopedToEdition?: boolean
  /** Slugs the site's own addresses take beside this collection's (e.g. /papers/page/2). */
  reserved?: { slugs: readonly string[]; reason: string }
}

export function slugField({ from, scopedToEdition = true, reserved }: SlugFieldOptions): TextField {
  const isReserved = (slug: string) => reserved?.slugs.includes(slug) ?? false
  const fillFromSource: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from]
    if (typeof source !== 'string') return value
    // A title that is a reserved word ("Search") gets a slug that is not.
    const made = slugify(source)
    return isReserved(made) ? `${made}-${from}` : made
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
      if (reserved && isReserved(value)) return `The slug "${value}" is taken by ${reserved.reason}. Choose another one.`
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
