import type { PaperListItem } from '@/lib/papers/reshape'
import { sitePaths } from '@/lib/sitePaths'

import { StarButton } from '../stars/StarButton.client'
import { PaperBadges } from './PaperBadges'

type PaperCardProps = {
  /** A listing's item, or a whole paper: the card shows title, authors and badges. */
  paper: PaperListItem
  basePath: string
  headingLevel: 2 | 3
  /** The edition's year, to star the paper onto My schedule; no star without it. */
  starYear?: number
}

export function PaperCard({ paper, basePath, headingLevel, starYear }: PaperCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="paper-card">
      <Heading className="paper-title">
        <a href={`${basePath}${sitePaths.paper(paper.slug)}`}>{paper.title}</a>
      </Heading>
      <p className="paper-authors">{paper.authors.map((author) => author.name).join(', ')}</p>
      <PaperBadges paper={paper} />
      {starYear === undefined ? null : <StarButton year={starYear} kind="paper" id={paper.id} title={paper.title} />}
    </article>
  )
}
