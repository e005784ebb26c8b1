import type { TextFieldSingleValidation, Where } from 'payload'

import { relationId } from '../fields/relationId'

const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,40}$/

export const uniqueOpenReviewIdInEdition: TextFieldSingleValidation = async (value, { data, id, req }) => {
  if (!value) return true
  if (!OPENREVIEW_ID.test(value)) {
    return `"${value}" is not an OpenReview id. Copy the id= part of the forum address, e.g. "aBcD123xyz".`
  }
  const editionId = relationId((data as { edition?: unknown }).edition)
  const conditions: Where[] = [{ openReviewId: { equals: value } }]
  if (editionId) conditions.push({ edition: { equals: editionId } })
  if (id !== undefined) conditions.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({ collection: 'papers', where: { and: conditions }, req, overrideAccess: true })
  return totalDocs > 0 ? `Another paper in this edition already has the OpenReview id "${value}".` : true
}
