import { AWARD_LABELS, PRESENTATION_LABELS } from '@/lib/papers/filter'
import type { PaperView } from '@/lib/reshape'

export function PaperBadges({ paper }: { paper: Pick<PaperView, 'presentation' | 'award' | 'posterBoard'> }) {
  return (
    <span className="badges">
      {paper.award !== 'none' ? <span className="badge badge-award">{AWARD_LABELS[paper.award]}</span> : null}{' '}
      <span className={`badge badge-${paper.presentation}`}>{PRESENTATION_LABELS[paper.presentation]}</span>
      {paper.posterBoard ? (
        <>
          {' '}
          <PosterBoard board={paper.posterBoard} className="badge badge-board" />
        </>
      ) : null}
    </span>
  )
}

/** "Poster board P-12": where the poster hangs at the venue. */
export function PosterBoard({ board, className }: { board: string; className?: string }) {
  return (
    <span className={className ?? 'poster-board'}>
      Poster board <span className="poster-board-label">{board}</span>
    </span>
  )
}
