import type { CollectionBeforeChangeHook } from 'payload'

import { paperListRank, paperSearchText } from '../../../src/lib/papers/filter'

/**
 * Keeps the two derived columns the papers listing reads, so a page of 10,000 papers is one
 * indexed, paginated query: `searchText` (title, authors, abstract, folded) and `listRank` (awards,
 * then orals, spotlights, posters). An update may carry only some fields: the rest come from the
 * stored document.
 */
export const deriveSearchFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = {
    title: data.title ?? originalDoc?.title,
    authors: data.authors ?? originalDoc?.authors,
    abstract: data.abstract ?? originalDoc?.abstract,
    award: data.award ?? originalDoc?.award,
    presentation: data.presentation ?? originalDoc?.presentation,
  }
  return { ...data, searchText: paperSearchText(merged), listRank: paperListRank(merged) }
}
