import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { RESERVED_TOP_LEVEL_SLUGS } from '../../src/lib/sitePaths'
import { slugField } from '../fields/slug'
import { revalidateSite } from '../hooks/revalidateSite'

/** Free-form pages served at /<slug>, such as a challenge's rules. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'edition', '_status', 'updatedAt'],
    group: 'Workshop',
  },
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('pages'),
  access: publishedContentAccess,
  hooks: { afterChange: [revalidateSite.afterChange], afterDelete: [revalidateSite.afterDelete] },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', admin: { description: 'One or two sentences; also the search-result description.' } },
    { name: 'content', type: 'richText' },
    slugField({
      from: 'title',
      scopedToEdition: false,
      reserved: { slugs: RESERVED_TOP_LEVEL_SLUGS, reason: "one of the site's own addresses" },
    }),
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      admin: { position: 'sidebar', description: 'Optional: the edition this page belongs to.' },
    },
  ],
}
