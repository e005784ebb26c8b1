import type { CollectionSlug, PayloadRequest, RelationshipField } from 'payload'

import { editionFilterOf } from './editionFilter'

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The current edition's id: what a new record belongs to unless the editor says otherwise. */
async function currentEditionId(req: PayloadRequest): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: { isCurrent: { equals: true } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
    select: { year: true },
  })
  return docs[0]?.id
}

/**
 * The edition of the list the editor came from: "Create new" on a list filtered to an edition
 * (`/admin/collections/<slug>?where[edition][equals]=<id>`) asks for the create page with that
 * list as its referrer, whether the admin navigates in the browser or loads the page. The site's
 * referrer policy (strict-origin-when-cross-origin) sends the full address within the site.
 * An address typed by hand, or a link from elsewhere (the dashboard), has no such referrer.
 */
async function listedEditionId(req: PayloadRequest, collectionSlug: CollectionSlug): Promise<string | undefined> {
  const referrer = req.headers?.get('referer')
  if (!referrer || !URL.canParse(referrer)) return undefined
  const list = new URL(referrer)
  if (list.pathname !== `${req.payload.config.routes.admin}/collections/${collectionSlug}`) return undefined
  const listed = editionFilterOf(list.searchParams)
  if (!listed || !UUID_SHAPE.test(listed)) return undefined
  const { totalDocs } = await req.payload.count({ collection: 'editions', where: { id: { equals: listed } }, overrideAccess: true, req })
  return totalDocs > 0 ? listed : undefined
}

/**
 * A new record starts in the edition its list was filtered to, else in the current edition.
 *
 * This is the field's default, read on the server: with autosave, Payload creates the record as
 * soon as its create page is requested (renderDocument in @payloadcms/next) and the browser
 * only ever sees a saved record. A choice applied in the browser came too late.
 */
export function editionField(collectionSlug: CollectionSlug): RelationshipField {
  return {
    name: 'edition',
    type: 'relationship',
    relationTo: 'editions',
    required: true,
    index: true,
    defaultValue: async ({ req }) => (await listedEditionId(req, collectionSlug)) ?? (await currentEditionId(req)),
    admin: {
      position: 'sidebar',
      description: 'The year of the workshop this belongs to. New records start in the current edition.',
      components: {
        // Payload's relationship cell shows "<No Edition>" for rows it has not loaded yet.
        Cell: '/../admin/edition/EditionCell#EditionCell',
      },
    },
  }
}

/** The list above every collection with an edition: one click per edition, opening on the current one. */
export const editionListFilter = '/../admin/edition/EditionListFilter#EditionListFilter'
