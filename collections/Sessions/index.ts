import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { editionField, editionListFilter } from '../fields/edition'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'
import { deriveEndAndSequence } from './hooks/deriveEndAndSequence'
import { keepPublishedVersions } from './hooks/keepPublishedVersions'
import { noOverlapInRoom } from './hooks/noOverlapInRoom'
import { startInVenueZone } from './hooks/startInVenueZone'

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
    description: "The workshop's program. Times are typed and shown in the venue's time zone, whatever yours is.",
    group: 'Program',
    components: { beforeListTable: [editionListFilter] },
  },
  defaultSort: 'start',
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('sessions'),
  access: publishedContentAccess,
  hooks: {
    beforeOperation: [keepPublishedVersions],
    beforeValidate: [startInVenueZone],
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
          // Payload's start_tz companion is kept (and set to the venue's zone by startInVenueZone);
          // the field below replaces Payload's picker, whose zone had to be chosen by hand.
          timezone: true,
          admin: {
            date: { pickerAppearance: 'dayAndTime', timeIntervals: 5 },
            components: {
              Field: {
                path: '/../admin/time/ZonedDateTimeField#ZonedDateTimeField',
                clientProps: { zoneRule: 'venue', timeIntervals: 5, hasZoneCompanion: true },
              },
              Cell: '/../admin/time/ZonedDateCell#VenueDateCell',
            },
          },
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
            components: {
              Field: '/../admin/time/SessionEndField#SessionEndField',
              Cell: '/../admin/time/ZonedDateCell#VenueDateCell',
            },
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
    editionField('sessions'),
    // Bookkeeping last, at the bottom of the sidebar.
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
  ],
}
