/**
 * An edition's challenge (competition): what its section and /challenge page show. The results
 * table is read by place; the content model stores rows in the order organizers typed them.
 */
import type { Edition } from '../../payload-types'
import { type RichTextState, text } from '../content/reshape'

export type ChallengeResultView = {
  place: number
  team: string
  affiliation?: string
  metric?: string
  score?: string
  prize?: string
}

export type ChallengeView = {
  /** The organizers' title, or "Challenge". */
  title: string
  description?: RichTextState
  link?: string
  /** Sorted by place; teams tied on a place keep the organizers' order. */
  results: ChallengeResultView[]
}

export const DEFAULT_CHALLENGE_TITLE = 'Challenge'

/** A place is a whole number from 1 up; ties (two teams at 2) are allowed. */
export function validateChallengePlace(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return 'A place is required, e.g. 1 for the winner.'
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    return `A place is a whole number from 1 up (1 is the winner); "${String(value)}" is not one.`
  }
  return true
}

/** By place, ascending; Array.prototype.sort is stable, so a tie keeps the order it was entered in. */
export function byPlace<T extends { place: number }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => a.place - b.place)
}

/** The edition's challenge, or undefined when organizers have entered nothing for one. */
export function reshapeChallenge(challenge: Edition['challenge']): ChallengeView | undefined {
  if (!challenge) return undefined
  const results = byPlace(
    (challenge.results ?? []).flatMap((row): ChallengeResultView[] =>
      typeof row.place === 'number' && text(row.team)
        ? [
            {
              place: row.place,
              team: row.team,
              affiliation: text(row.affiliation),
              metric: text(row.metric),
              score: text(row.score),
              prize: text(row.prize),
            },
          ]
        : [],
    ),
  )
  const title = text(challenge.title)
  const description = hasText(challenge.description) ? (challenge.description ?? undefined) : undefined
  const link = text(challenge.link)
  if (!title && !description && !link && results.length === 0) return undefined
  return { title: title ?? DEFAULT_CHALLENGE_TITLE, description, link, results }
}

/** An editor who clears the description leaves an empty paragraph behind: that is no description. */
function hasText(state: RichTextState | null | undefined): boolean {
  if (!state) return false
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const { text: value, children } = node as { text?: unknown; children?: unknown }
    if (typeof value === 'string' && value.trim() !== '') return true
    return Array.isArray(children) && children.some(walk)
  }
  return walk(state.root)
}
