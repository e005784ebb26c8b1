import type { PayloadRequest, RelationshipField } from 'payload'

/** The current edition's id: what a new record belongs to unless the editor says otherwise. */
async function currentEditionId({ req }: { req: PayloadRequest }): Promise<string | undefined> {
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

export const editionField: RelationshipField = {
  name: 'edition',
  type: 'relationship',
  relationTo: 'editions',
  required: true,
  index: true,
  defaultValue: currentEditionId,
  admin: {
    position: 'sidebar',
    description: 'The year of the workshop this belongs to. New records start in the current edition.',
    components: {
      Field: '/../admin/edition/EditionField#EditionField',
      // Payload's relationship cell shows "<No Edition>" for rows it has not loaded yet.
      Cell: '/../admin/edition/EditionCell#EditionCell',
    },
  },
}

/** The list above every collection with an edition: one click per edition, opening on the current one. */
export const editionListFilter = '/../admin/edition/EditionListFilter#EditionListFilter'
