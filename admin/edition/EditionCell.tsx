import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { relationId } from '../../collections/fields/relationId'
import { editionsForList } from './editionsForList'

/**
 * The edition column of a list, rendered on the server with the rows. Payload's own relationship
 * cell loads the related title in the browser only once the cell has been inside the viewport,
 * and until then prints "<No Edition>": rows below the fold said they had no edition.
 */
export async function EditionCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const id = relationId(cellData)
  if (!id) return <span className="edition-cell">No edition</span>
  const edition = (await editionsForList(payload)).get(id)
  return <span className="edition-cell">{edition?.name ?? `Edition ${id}`}</span>
}
