import { authorsColumn, openReviewIdColumn, selectColumn, slugColumn, textareaColumn, textColumn, urlColumn } from '../columns'
import type { ChoicesOf, CollectionSpec } from './index'

export function papersSpec(choices: ChoicesOf): CollectionSpec {
  return {
    collection: 'papers',
    noun: 'paper',
    labelColumn: 'title',
    slugFrom: 'title',
    keys: [['openReviewId'], ['slug']],
    columns: [
      textColumn({ name: 'title', required: true }),
      slugColumn(),
      authorsColumn(),
      textareaColumn({ name: 'abstract' }),
      selectColumn({ name: 'presentation', choices: choices('presentation'), aliases: ['decision'] }),
      selectColumn({ name: 'award', choices: choices('award') }),
      selectColumn({ name: 'track', choices: choices('track') }),
      openReviewIdColumn(),
      // Normalised and checked for uniqueness within the edition by the field itself (collections/Papers/posterBoard.ts).
      textColumn({ name: 'posterBoard', aliases: ['board', 'posterBoardNumber'] }),
      urlColumn({ name: 'openReviewUrl', field: 'links.openReview', aliases: ['openReviewForum', 'forum'] }),
      urlColumn({ name: 'pdf', field: 'links.pdf' }),
      urlColumn({ name: 'arxiv', field: 'links.arxiv' }),
      urlColumn({ name: 'code', field: 'links.code' }),
      urlColumn({ name: 'project', field: 'links.project' }),
      urlColumn({ name: 'poster', field: 'links.poster' }),
      urlColumn({ name: 'video', field: 'links.video' }),
    ],
  }
}
