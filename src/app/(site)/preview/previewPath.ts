import type { CollectionSlug, Payload } from 'payload'

import { editionPath } from '@/lib/reshape'
import { safeSitePath } from '@/lib/safeRedirect'
import { IMPORTANT_DATES_ANCHOR, sessionAnchor, sitePaths } from '@/lib/siteUrl'
import type { Edition, User } from '@/payload-types'

/** The home page's speakers section (lib/editions/outline.ts). */
const SPEAKERS_ANCHOR = 'speakers'

type PreviewTarget = { collection: CollectionSlug | null; id: string | null; path: string | null }

/**
 * The published current edition's id. A draft's "Is Current" does not count (issue 7): the
 * preview of a draft edition, or of its speakers and papers, is at /<year>, beside the real home page.
 */
async function publishedCurrentEditionId(payload: Payload): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { isCurrent: { equals: true } },
    select: { year: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  return docs[0]?.id
}

function editionBase(edition: string | Edition | null | undefined, currentId: string | undefined): string {
  if (!edition || typeof edition !== 'object') return ''
  return editionPath({ year: edition.year, isCurrent: edition.id === currentId })
}

/** The page that shows a document, read as the editor (drafts included) so unsaved slugs resolve. */
export async function previewPath(payload: Payload, user: User, target: PreviewTarget): Promise<string> {
  const sitePath = safeSitePath(target.path)
  if (sitePath) return sitePath
  const { collection, id } = target
  if (!collection || !id) return '/'
  const read = { id, depth: 1, draft: true, overrideAccess: false, user, disableErrors: true } as const
  const currentId = await publishedCurrentEditionId(payload)
  const base = (edition: string | Edition | null | undefined) => editionBase(edition, currentId)
  switch (collection) {
    case 'editions': {
      const edition = await payload.findByID({ collection, ...read, depth: 0 })
      return edition ? editionPath({ year: edition.year, isCurrent: edition.id === currentId }) || '/' : '/'
    }
    // A record just made with "Create new" has no title or name yet, so no slug and no page of its
    // own: its preview is where it will be listed (it went to /papers/null, a 404).
    case 'papers': {
      const paper = await payload.findByID({ collection, ...read })
      if (!paper) return '/'
      return `${base(paper.edition)}${paper.slug ? sitePaths.paper(paper.slug) : sitePaths.papers()}`
    }
    case 'speakers': {
      const speaker = await payload.findByID({ collection, ...read })
      if (!speaker) return '/'
      return speaker.slug ? `${base(speaker.edition)}${sitePaths.speaker(speaker.slug)}` : `${base(speaker.edition) || '/'}#${SPEAKERS_ANCHOR}`
    }
    case 'sessions': {
      const session = await payload.findByID({ collection, ...read })
      return session ? `${base(session.edition)}${sitePaths.schedule()}#${sessionAnchor(session.id)}` : '/'
    }
    case 'important-dates': {
      const date = await payload.findByID({ collection, ...read })
      return `${base(date?.edition) || '/'}#${IMPORTANT_DATES_ANCHOR}`
    }
    case 'organizers': {
      const organizer = await payload.findByID({ collection, ...read })
      return `${base(organizer?.edition) || '/'}#organizers`
    }
    case 'pages': {
      const page = await payload.findByID({ collection, ...read, depth: 0 })
      return page ? sitePaths.page(page.slug) : '/'
    }
    default:
      return '/'
  }
}
