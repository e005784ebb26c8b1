import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { editionField } from '../fields/edition'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'
import { deriveEndAndSequence } from './hooks/deriveEndAndSequence'
import { noOverlapInRoom } from './hooks/noOverlapInRoom'

export const SESSION_KINDS = [
  { label: 'Opening', value: 'opening' },
  { label: 'Invited talk', value: 'invited-talk' },
  { label: 'Oral presentations', value: 'oral' },
  { label: 'Poster session', value: 'poster-session' },
  { label: 'Panel', value: 'panel' },
  { label: 'Break', value: 'break' },
  { label: 'Competition', value: 'competition' },
  { label: 'Closing', value: 'closing' },
  { label: 'Other', value: 'other' },
] as const

export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: 'Session', plural: 'Sessions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'durationMinutes', 'room', 'edition', '_status'],
    description: "The workshop's program. Times are entered in the time zone chosen next to the date.",
    group: 'Program',
  },
  defaultSort: 'start',
  versions: draftsAndVersions,
  access: publishedContentAccess,
  hooks: {
    beforeChange: [deriveEndAndSequence],
    afterChange: [revalidateSite.afterChange],
    afterDelete: [revalidateSite.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'invited-talk',
          options: SESSION_KINDS.map((kind) => ({ ...kind })),
        },
        { name: 'room', type: 'text', admin: { description: "Left empty, the edition's room." } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 5 } },
          validate: noOverlapInRoom,
        },
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          min: 1,
          max: 720,
          label: 'Duration (minutes)',
        },
        {
          name: 'end',
          type: 'date',
          admin: {
            readOnly: true,
            description: 'Derived from the start and the duration.',
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
      ],
    },
    { name: 'speakers', type: 'relationship', relationTo: 'speakers', hasMany: true },
    { name: 'papers', type: 'relationship', relationTo: 'papers', hasMany: true },
    { name: 'description', type: 'textarea' },
    {
      name: 'links',
      type: 'group',
      interfaceName: 'SessionLinks',
      fields: [urlField({ name: 'slides', label: 'Slides' }), urlField({ name: 'video', label: 'Video' })],
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Counts changes, so subscribed calendars update the event instead of adding a copy.',
      },
    },
    editionField,
  ],
}
