import type { FieldHook, TextField, TextFieldSingleValidation, Where } from 'payload'

import { normalisePosterBoard, POSTER_BOARD_MAX_LENGTH, validatePosterBoardShape } from '../../src/lib/papers/posterBoard'
import { clearOnDuplicate } from '../fields/copyOnDuplicate'
import { relationId } from '../fields/relationId'

const normaliseBoard: FieldHook = ({ value }) => normalisePosterBoard(value) ?? null

/** One board holds one poster: a second paper of the same edition on it is refused. */
const uniqueBoardInEdition: TextFieldSingleValidation = async (value, { data, id, req }) => {
  // The admin validates as the editor types, before the hook: judge the board as it will be saved.
  const board = normalisePosterBoard(value)
  if (!board) return true
  const shape = validatePosterBoardShape(board)
  if (shape !== true) return shape
  const editionId = relationId((data as { edition?: unknown }).edition)
  const conditions: Where[] = [{ posterBoard: { equals: board } }]
  if (editionId) conditions.push({ edition: { equals: editionId } })
  if (id !== undefined) conditions.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({ collection: 'papers', where: { and: conditions }, req, overrideAccess: true })
  return totalDocs > 0 ? `Another paper in this edition is already on poster board "${board}".` : true
}

export const posterBoardField: TextField = {
  name: 'posterBoard',
  type: 'text',
  index: true,
  label: 'Poster board',
  maxLength: POSTER_BOARD_MAX_LENGTH,
  admin: {
    position: 'sidebar',
    description:
      'Where the poster hangs at the venue, e.g. "P-12" or "12". Unique within an edition; a duplicate starts without one.',
  },
  hooks: { beforeValidate: [normaliseBoard], beforeDuplicate: [clearOnDuplicate] },
  validate: uniqueBoardInEdition,
}
