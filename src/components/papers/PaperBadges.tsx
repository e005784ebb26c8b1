import { AWARD_LABELS, PRESENTATION_LABELS } from '@/lib/papers/filter'
import type { PaperView } from '@/lib/reshape'

export function PaperBadges({ paper }: { paper: Pick<PaperView, 'presentation' | 'award'> }) {
  return (
    <span className="badges">
      {paper.award !== 'none' ? <span className="badge badge-award">{AWARD_LABELS[paper.award]}</span> : null}{' '}
      <span className={`badge badge-${paper.presentation}`}>{PRESENTATION_LABELS[paper.presentation]}</span>
    </span>
  )
}
