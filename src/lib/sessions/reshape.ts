import type { Session } from '../../payload-types'
import { populatedList, text } from '../content/reshape'

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
  papers: { id: string; title: string; slug: string }[]
  description?: string
  links: { slides?: string; video?: string }
}

export function reshapeSession(doc: SessionDoc): SessionView {
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
    papers: populatedList(doc.papers).map((paper) => ({ id: paper.id, title: paper.title, slug: paper.slug })),
    description: text(doc.description),
    links: { slides: text(doc.links?.slides), video: text(doc.links?.video) },
  }
}
