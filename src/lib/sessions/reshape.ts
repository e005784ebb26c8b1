import type { Session } from '../../payload-types'
import { populatedList, text } from '../content/reshape'
import { byPosterBoard } from '../papers/posterBoard'

export type SessionDoc = Pick<
  Session,
  'id' | 'title' | 'kind' | 'room' | 'start' | 'end' | 'durationMinutes' | 'speakers' | 'papers' | 'description' | 'links'
>

export type SessionKind = Session['kind']

export type SessionView = {
  id: string
  title: string
  kind: SessionKind
  room?: string
  /** ISO instants. */
  start: string
  end: string
  durationMinutes: number
  speakers: { name: string; slug: string }[]
  /** A poster session's papers in board order (papers/posterBoard.ts); any other's as the editor ordered them. */
  papers: { id: string; title: string; slug: string; posterBoard?: string }[]
  description?: string
  links: { slides?: string; video?: string }
}

export function reshapeSession(doc: SessionDoc): SessionView {
  const papers = populatedList(doc.papers).map((paper) => ({
    id: paper.id,
    title: paper.title,
    slug: paper.slug,
    posterBoard: text(paper.posterBoard),
  }))
  const end = doc.end ?? new Date(new Date(doc.start).getTime() + doc.durationMinutes * 60_000).toISOString()
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    room: text(doc.room),
    start: doc.start,
    end,
    durationMinutes: doc.durationMinutes,
    speakers: populatedList(doc.speakers).map((speaker) => ({ name: speaker.name, slug: speaker.slug })),
    papers: doc.kind === 'poster-session' ? byPosterBoard(papers) : papers,
    description: text(doc.description),
    links: { slides: text(doc.links?.slides), video: text(doc.links?.video) },
  }
}
