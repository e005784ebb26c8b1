import type { PaperListItem } from '@/lib/papers/reshape'
import { sitePaths } from '@/lib/sitePaths'

import { PaperBadges } from './PaperBadges'

type PaperCardProps = {
  /** A listing's item, or a whole paper: the card shows title, authors and badges. */
  paper: PaperListItem
  basePath: string
  headingLevel: 2 | 3
}

export function PaperCard({ paper, basePath, headingLevel }: PaperCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="paper-card">
      <Heading className="paper-title">
        <a href={`${basePath}${sitePaths.paper(paper.slug)}`}>{paper.title}</a>
      </Heading>
      <p className="paper-authors">{paper.authors.map((author) => author.name).join(', ')}</p>
      <PaperBadges paper={paper} />
    </article>
  )
}
