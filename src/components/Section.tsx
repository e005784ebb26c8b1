import type { ReactNode } from 'react'

type SectionProps = {
  id: string
  title: string
  /** The header's name for it (editions/outline.ts); the heading says `title`. */
  label?: string
  /** Nothing to show yet: the section says "To be announced", never an empty table. */
  isEmpty?: boolean
  children?: ReactNode
}

export const TO_BE_ANNOUNCED = 'To be announced'

/** A home-page section: its id is the header's anchor, its h2 labels the region. */
export function Section({ id, title, isEmpty = false, children }: SectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {isEmpty ? <p className="tba">{TO_BE_ANNOUNCED}</p> : children}
    </section>
  )
}
