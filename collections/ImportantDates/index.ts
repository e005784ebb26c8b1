import type { CollectionConfig } from 'payload'

import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { editionField, editionListFilter } from '../fields/edition'
import { orderField } from '../fields/order'
import { revalidateSite } from '../hooks/revalidateSite'
import { validateTimeZone } from '../../src/lib/validation'
import { dueInItsRule } from './hooks/dueInItsRule'

const READ_AS = ['aoe', 'venue', 'zone']

export const ImportantDates: CollectionConfig = {
  slug: 'important-dates',
  labels: { singular: 'Important date', plural: 'Important dates' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'due', 'readAs', 'kind', 'edition', '_status'],
    description:
      'Deadlines and the workshop day. Each is stored as an instant and shown in its rule: Anywhere on Earth, venue time, or a named zone.',
    group: 'Program',
    components: { beforeListTable: [editionListFilter] },
  },
  defaultSort: 'due',
  versions: draftsAndVersions,
  endpoints: schedulePublicationEndpoints('important-dates'),
  access: publishedContentAccess,
  hooks: {
    beforeValidate: [dueInItsRule],
    afterChange: [revalidateSite.afterChange],
    afterDelete: [revalidateSite.afterDelete],
  },
  fields: [
    { name: 'label', type: 'text', required: true, admin: { description: 'e.g. "Submission deadline"' } },
    {
      type: 'row',
      fields: [
        {
          name: 'due',
          type: 'date',
          required: true,
          index: true,
          // due_tz follows "Read as" (dueInItsRule); the field below types the time on that clock.
          timezone: true,
          admin: {
            date: { pickerAppearance: 'dayAndTime', timeIntervals: 30 },
            description: 'Type the time as the call for papers states it; it is read on the clock chosen in "Read as".',
            components: {
              Field: {
                path: '/../admin/time/ZonedDateTimeField#ZonedDateTimeField',
                clientProps: { zoneRule: 'deadline', timeIntervals: 30, hasZoneCompanion: true },
              },
              Cell: '/../admin/time/ZonedDateCell#DeadlineDateCell',
            },
          },
        },
        {
          name: 'readAs',
          type: 'select',
          label: 'Read as',
          options: [
            { label: 'Anywhere on Earth (UTC−12)', value: 'aoe' },
            { label: "The venue's time zone", value: 'venue' },
            { label: 'A named time zone', value: 'zone' },
          ],
          admin: {
            description: 'How visitors read the deadline, next to their own time.',
            // One control for the rule and the named zone together. It starts a new date on Anywhere
            // on Earth; API clients must still state the rule.
            components: { Field: '/../admin/time/DeadlineZoneField#DeadlineZoneField' },
          },
          required: true,
          validate: (value: null | string | undefined) =>
            value && READ_AS.includes(value)
              ? true
              : 'Choose how this date is read: Anywhere on Earth, venue time, or a named time zone.',
        },
        {
          name: 'timeZone',
          type: 'text',
          // Set through the "Read as" control; over the API, any IANA zone such as America/Los_Angeles.
          admin: { hidden: true },
          validate: (value: null | string | undefined, { siblingData }: { siblingData: { readAs?: string } }) => {
            if (siblingData?.readAs !== 'zone') return true
            if (!value) return 'Name the time zone this date is read in, e.g. America/Los_Angeles.'
            return validateTimeZone(value)
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'submission',
          options: [
            { label: 'Submission', value: 'submission' },
            { label: 'Notification', value: 'notification' },
            { label: 'Camera-ready', value: 'camera-ready' },
            { label: 'Workshop', value: 'workshop' },
            { label: 'Other', value: 'other' },
          ],
        },
        {
          name: 'showTime',
          type: 'checkbox',
          defaultValue: true,
          admin: { description: 'Off for a whole day, such as the workshop itself.' },
        },
      ],
    },
    { name: 'note', type: 'text', admin: { description: 'Shown after the date, e.g. "Morning".' } },
    {
      name: 'previousDue',
      type: 'date',
      label: 'Previous due date',
      admin: {
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 30 },
        description: 'When a deadline moves, keep the old one here: the site shows it struck through. Read on the same clock as the due date.',
        components: {
          Field: {
            path: '/../admin/time/ZonedDateTimeField#ZonedDateTimeField',
            clientProps: { zoneRule: 'deadline', timeIntervals: 30 },
          },
        },
      },
    },
    editionField('important-dates'),
    orderField,
  ],
}
