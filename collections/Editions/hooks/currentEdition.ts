import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

/**
 * Exactly one edition is current. Marking one current un-marks the others (same transaction);
 * the first edition becomes current by itself; the current one cannot be un-marked or deleted
 * while others exist, since the home page would then have nothing to show.
 */
export const requireACurrentEdition: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const othersCurrent = await req.payload.count({
    collection: 'editions',
    where: {
      and: [{ isCurrent: { equals: true } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
    },
    req,
    overrideAccess: true,
  })
  if (operation === 'create' && othersCurrent.totalDocs === 0) {
    return { ...data, isCurrent: true }
  }
  if (operation === 'update' && originalDoc?.isCurrent && data.isCurrent === false && othersCurrent.totalDocs === 0) {
    throw new APIError(
      'This is the current edition. To change that, mark another edition as current instead.',
      400,
      undefined,
      true,
    )
  }
  return data
}

export const keepOneCurrentEdition: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!doc.isCurrent) return doc
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
  if (!edition?.isCurrent) return
  const { totalDocs } = await req.payload.count({ collection: 'editions', req, overrideAccess: true })
  if (totalDocs > 1) {
    throw new APIError('The current edition cannot be deleted. Mark another edition as current first.', 400, undefined, true)
  }
}
