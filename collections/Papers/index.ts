import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { editionField, editionListFilter } from '../fields/edition'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'
import { deriveSearchFields } from './hooks/deriveSearchFields'
import { posterBoardField } from './posterBoard'
import { uniqueOpenReviewIdInEdition } from './validateOpenReviewId'
import { clearOnDuplicate } from '../fields/copyOnDuplicate'

export const Papers: CollectionConfig = {
  slug: 'papers',
  labels: { singular: 'Paper', plural: 'Papers' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'presentation', 'posterBoard', 'award', 'track', 'edition', '_status'],
    group: 'Program',
    components: { beforeListTable: [editionListFilter] },
  },
  defaultSort: 'title',
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('papers'),
  access: publishedContentAccess,
  hooks: {
    beforeChange: [deriveSearchFields],
    afterChange: [revalidateSite.afterChange],
    afterDelete: [revalidateSite.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'authors',
      type: 'array',
      interfaceName: 'PaperAuthors',
      required: true,
      minRows: 1,
      labels: { singular: 'Author', plural: 'Authors' },
      admin: {
        description: 'In the order of the paper.',
        components: { RowLabel: '/../admin/papers/AuthorRowLabel#AuthorRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'affiliation', type: 'text' },
          ],
        },
      ],
    },
    { name: 'abstract', type: 'textarea' },
    {
      type: 'row',
      fields: [
        {
          name: 'presentation',
          type: 'select',
          required: true,
          defaultValue: 'poster',
          options: [
            { label: 'Oral', value: 'oral' },
            { label: 'Spotlight', value: 'spotlight' },
            { label: 'Poster', value: 'poster' },
          ],
        },
        {
          name: 'award',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: [
            { label: 'None', value: 'none' },
            { label: 'Best paper', value: 'best-paper' },
            { label: 'Runner-up', value: 'runner-up' },
          ],
        },
        {
          name: 'track',
          type: 'select',
          required: true,
          defaultValue: 'full',
          options: [
            { label: 'Full paper', value: 'full' },
            { label: 'Short paper', value: 'short' },
          ],
        },
      ],
    },
    {
      name: 'links',
      type: 'group',
      interfaceName: 'PaperLinks',
      fields: [
        urlField({ name: 'openReview', label: 'OpenReview forum' }),
        urlField({ name: 'pdf', label: 'PDF' }),
        urlField({ name: 'arxiv', label: 'arXiv' }),
        urlField({ name: 'code', label: 'Code' }),
        urlField({ name: 'project', label: 'Project page' }),
        urlField({ name: 'poster', label: 'Poster' }),
        urlField({ name: 'video', label: 'Video' }),
      ],
    },
    {
      name: 'openReviewId',
      type: 'text',
      index: true,
      label: 'OpenReview id',
      admin: { position: 'sidebar', description: 'The forum id, e.g. "aBcD123xyz". Unique within an edition; a duplicate starts without one.' },
      hooks: { beforeDuplicate: [clearOnDuplicate] },
      validate: uniqueOpenReviewIdInEdition,
    },
    posterBoardField,
    { name: 'session', type: 'relationship', relationTo: 'sessions', admin: { position: 'sidebar' } },
    slugField({
      from: 'title',
      reserved: { slugs: ['page', 'search'], reason: 'the papers listing (/papers/page/2, /papers/search)' },
    }),
    editionField('papers'),
    // Derived by hooks/deriveSearchFields for the papers listing; never edited.
    { name: 'searchText', type: 'textarea', admin: { hidden: true } },
    { name: 'listRank', type: 'number', index: true, admin: { hidden: true } },
  ],
}
