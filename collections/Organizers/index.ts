import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { editionField, editionListFilter } from '../fields/edition'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'

export const Organizers: CollectionConfig = {
  slug: 'organizers',
  labels: { singular: 'Organizer', plural: 'Organizers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'affiliation', 'role', 'edition', '_status'],
    description: 'Organizers, volunteers and advisors of an edition, in the order the site lists them.',
    group: 'People',
    components: { beforeListTable: [editionListFilter] },
  },
  defaultSort: 'order',
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('organizers'),
  access: publishedContentAccess,
  hooks: { afterChange: [revalidateSite.afterChange], afterDelete: [revalidateSite.afterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'position', type: 'text', admin: { description: 'e.g. "Research Resident"; optional.' } },
    { name: 'affiliation', type: 'relationship', relationTo: 'affiliations' },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    urlField({ name: 'homepage' }),
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'organizer',
      options: [
        { label: 'Organizer', value: 'organizer' },
        { label: 'Volunteer', value: 'volunteer' },
        { label: 'Advisor', value: 'advisor' },
      ],
    },
    slugField({ from: 'name' }),
    editionField('organizers'),
    orderField,
  ],
}
