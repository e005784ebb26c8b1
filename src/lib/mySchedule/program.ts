import type { ScheduledPaper } from '../papers/queries'
import type { SessionView } from '../sessions/reshape'

/**
 * Each session with every paper it presents: those it lists (`session.papers`) and those that name
 * it (`paper.session`). Either side of the relation puts a starred paper's session on My schedule.
 */
export function withScheduledPapers(sessions: SessionView[], papers: ScheduledPaper[]): SessionView[] {
  return sessions.map((session) => {
    const listed = new Set(session.papers.map((paper) => paper.id))
    const naming = papers
      .filter((paper) => paper.sessionId === session.id && !listed.has(paper.id))
      .map(({ id, title, slug }) => ({ id, title, slug }))
    return naming.length > 0 ? { ...session, papers: [...session.papers, ...naming] } : session
  })
}
