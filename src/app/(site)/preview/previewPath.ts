import type { CollectionSlug, Payload } from 'payload'

import { editionPath } from '@/lib/reshape'
import { IMPORTANT_DATES_ANCHOR, sessionAnchor, sitePaths } from '@/lib/siteUrl'
import type { Edition, User } from '@/payload-types'

type PreviewTarget = { collection: CollectionSlug | null; id: string | null; path: string | null }

/** Only a path on this site: "/x", never "//elsewhere" or "https://…" (no open redirect). */
function isSitePath(path: string | null): path is string {
  return Boolean(path && path.startsWith('/') && !path.startsWith('//') && !path.includes('\\'))
}

function editionBase(edition: string | Edition | null | undefined): string {
  return edition && typeof edition === 'object' ? editionPath(edition) : ''
}

/** The page that shows a document, read as the editor (drafts included) so unsaved slugs resolve. */
export async function previewPath(payload: Payload, user: User, target: PreviewTarget): Promise<string> {
  if (isSitePath(target.path)) return target.path
  const { collection, id } = target
  if (!collection || !id) return '/'
  const read = { id, depth: 1, draft: true, overrideAccess: false, user, disableErrors: true } as const
  switch (collection) {
    case 'editions': {
      const edition = await payload.findByID({ collection, ...read, depth: 0 })
      return edition ? editionPath(edition) || '/' : '/'
    }
    case 'papers': {
      const paper = await payload.findByID({ collection, ...read })
      return paper ? `${editionBase(paper.edition)}${sitePaths.paper(paper.slug)}` : '/'
    }
    case 'speakers': {
      const speaker = await payload.findByID({ collection, ...read })
      return speaker ? `${editionBase(speaker.edition)}${sitePaths.speaker(speaker.slug)}` : '/'
    }
    case 'sessions': {
      const session = await payload.findByID({ collection, ...read })
      return session ? `${editionBase(session.edition)}${sitePaths.schedule()}#${sessionAnchor(session.id)}` : '/'
    }
    case 'important-dates': {
      const date = await payload.findByID({ collection, ...read })
      return `${editionBase(date?.edition) || '/'}#${IMPORTANT_DATES_ANCHOR}`
    }
    case 'organizers': {
      const organizer = await payload.findByID({ collection, ...read })
      return `${editionBase(organizer?.edition) || '/'}#organizers`
    }
    case 'pages': {
      const page = await payload.findByID({ collection, ...read, depth: 0 })
      return page ? sitePaths.page(page.slug) : '/'
    }
    default:
      return '/'
  }
}
