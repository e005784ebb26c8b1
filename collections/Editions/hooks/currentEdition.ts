import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionBeforeValidateHook, Where } from 'payload'
import { APIError, ValidationError } from 'payload'

/**
 * Exactly one published edition is current. Publishing one marked current un-marks the others
 * (same transaction); a draft marked current changes nothing until it is published, so neither
 * visitors nor the preview of other documents see it (issue 7). The first edition becomes current
 * by itself; the current one cannot be un-marked or deleted while others exist, since the home
 * page would then have nothing to show.
 */
const PUBLISHED_CURRENT: Where[] = [{ isCurrent: { equals: true } }, { _status: { equals: 'published' } }]

export const requireACurrentEdition: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const othersCurrent = await req.payload.count({
    collection: 'editions',
    where: {
      and: [...PUBLISHED_CURRENT, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
    },
    req,
    overrideAccess: true,
  })
  if (operation === 'create' && othersCurrent.totalDocs === 0) {
    return { ...data, isCurrent: true }
  }
  if (operation === 'update' && originalDoc?.isCurrent && data.isCurrent === false && othersCurrent.totalDocs === 0) {
    // A ValidationError with the field's path: the admin marks "Is Current" with the message.
    throw new ValidationError({
      collection: 'editions',
      id: originalDoc.id,
      req,
      errors: [
        { path: 'isCurrent', message: 'This is the current edition. To change that, mark another edition as current instead.' },
      ],
    })
  }
  return data
}

export const keepOneCurrentEdition: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!doc.isCurrent || doc._status !== 'published') return doc
  // A bulk update reads the stored (published) rows, so the other edition stays published; an
  // update by id would start from its latest version, which may be a draft, and unpublish it.
  await req.payload.update({
    collection: 'editions',
    where: { and: [{ isCurrent: { equals: true } }, { id: { not_equals: doc.id } }] },
    data: { isCurrent: false },
    req,
    overrideAccess: true,
    context: { ...req.context, currentEditionSwitch: true },
  })
  return doc
}

export const refuseToDeleteCurrentEdition: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const edition = await req.payload.findByID({ collection: 'editions', id, req, overrideAccess: true, depth: 0 })
  if (!edition?.isCurrent || edition._status !== 'published') return
  const { totalDocs } = await req.payload.count({ collection: 'editions', req, overrideAccess: true })
  if (totalDocs > 1) {
    throw new APIError('The current edition cannot be deleted. Mark another edition as current first.', 400, undefined, true)
  }
}
