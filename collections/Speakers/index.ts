import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { editionField, editionListFilter } from '../fields/edition'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  labels: { singular: 'Speaker', plural: 'Speakers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'affiliation', 'role', 'edition', '_status'],
    group: 'People',
    components: { beforeListTable: [editionListFilter] },
  },
  defaultSort: 'order',
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('speakers'),
  access: publishedContentAccess,
  hooks: { afterChange: [revalidateSite.afterChange], afterDelete: [revalidateSite.afterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'position', type: 'text', admin: { description: 'e.g. "Associate Professor"' } },
    { name: 'affiliation', type: 'relationship', relationTo: 'affiliations' },
    { name: 'photo', type: 'upload', relationTo: 'media', admin: { description: 'A square photo works best.' } },
    urlField({ name: 'homepage' }),
    { name: 'bio', type: 'richText' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'keynote',
      options: [
        { label: 'Keynote speaker', value: 'keynote' },
        { label: 'Panelist', value: 'panelist' },
      ],
    },
    slugField({ from: 'name' }),
    editionField('speakers'),
    orderField,
  ],
}
