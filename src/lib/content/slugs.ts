import { payloadClient } from '../payload'
import { AS_VISITOR } from './reader'

/** Static params: published slugs only, whatever mode the build runs in. */
export async function listPublishedSlugs(collection: 'papers' | 'speakers', editionId: string): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { edition: { equals: editionId } },
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...AS_VISITOR,
  })
  return docs.map((doc) => doc.slug)
}
