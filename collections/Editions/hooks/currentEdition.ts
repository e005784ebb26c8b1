import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionBeforeValidateHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

/**
 * Exactly one published edition is current. Publishing one marked current un-marks the others
 * (same transaction); a draft marked current changes nothing until it is published, so neither
 * visitors nor the preview of other documents see it (issue 7). The first edition becomes current
 * by itself; the current one cannot be un-marked, unpublished or deleted while others exist,
 * since the home page would then have nothing to show.
 */
const PUBLISHED_CURRENT: Where[] = [{ isCurrent: { equals: true } }, { _status: { equals: 'published' } }]

export const CURRENT_EDITION_MESSAGE = 'This is the current edition: mark another edition as current first.'

/**
 * The refusal, as the admin and the API read it: the message itself (the admin's toast, and the
 * REST answer's `errors[0].message`), and the same message on "Is Current" (`data.errors`, which
 * the admin's form shows under the field). A ValidationError would say only "The following field
 * is invalid: isCurrent". A 400, never a 5xx.
 */
function currentEditionError(): APIError {
  return new APIError(CURRENT_EDITION_MESSAGE, 400, { errors: [{ path: 'isCurrent', message: CURRENT_EDITION_MESSAGE }] }, true)
}

async function otherEditionsExist(req: PayloadRequest, id: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'editions', where: { id: { not_equals: id } }, req, overrideAccess: true })
  return totalDocs > 0
}

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
    throw currentEditionError()
  }
  return data
}

/**
 * Unpublishing is an update that writes `_status: 'draft'` to the document itself, not as a draft
 * version (`draft` unset): the admin's "Unpublish", a scheduled unpublish, or the API. Refused
 * before anything is written, for one document or a bulk update. The hooks that run per document
 * cannot tell it from saving a draft, which leaves the published edition as it is; the
 * operation's own `draft` argument can.
 */
export const refuseToUnpublishCurrentEdition: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
  if (draft || data?._status !== 'draft') return args
  const target: Where | undefined = 'id' in args && args.id !== undefined ? { id: { equals: args.id } } : (args as { where?: Where }).where
  if (!target) return args
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { and: [target, ...PUBLISHED_CURRENT] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
    select: { year: true },
  })
  const current = docs[0]
  if (current && (await otherEditionsExist(req, current.id))) throw currentEditionError()
  return args
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
  if (await otherEditionsExist(req, String(id))) throw currentEditionError()
}
