import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'

/** Universities, labs and companies: organizers' and speakers' homes, and sponsors. */
export const Affiliations: CollectionConfig = {
  slug: 'affiliations',
  labels: { singular: 'Affiliation', plural: 'Affiliations' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'country', 'updatedAt'],
    group: 'People',
  },
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('affiliations'),
  access: publishedContentAccess,
  hooks: { afterChange: [revalidateSite.afterChange], afterDelete: [revalidateSite.afterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'shortName', type: 'text', admin: { description: 'e.g. "TCD" for Trinity College Dublin.' } },
    { name: 'country', type: 'text' },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    urlField({ name: 'url', label: 'Website' }),
  ],
}
