import type { CollectionConfig } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { draftsAndVersions, publishedContentAccess } from '../access/publishedContent'
import { schedulePublicationEndpoints } from '../endpoints/schedulePublication'
import { navigationField } from '../fields/navigation'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'
import { validateEmailAddress, validateTimeZone } from '../../src/lib/validation'
import { challengeField } from './challenge'
import { cloneEditionEndpoint } from './clone/cloneEndpoint'
import { exportEditionEndpoint, importEditionEndpoint } from './endpoints/exportImport'
import {
  keepOneCurrentEdition,
  refuseToDeleteCurrentEdition,
  refuseToUnpublishCurrentEdition,
  requireACurrentEdition,
} from './hooks/currentEdition'
import { normaliseWorkshopDay } from './hooks/normaliseWorkshopDay'

/** One document per year of the workshop; everything else belongs to an edition. */
export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: 'Edition', plural: 'Editions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'year', 'city', 'isCurrent', '_status'],
    description: 'One edition per year. Exactly one is current: it is what the home page shows.',
    group: 'Workshop',
    components: { edit: { beforeDocumentControls: ['/../admin/editions/CloneEdition.client#CloneEdition'] } },
  },
  defaultSort: '-year',
  endpoints: [cloneEditionEndpoint, exportEditionEndpoint, importEditionEndpoint, ...schedulePublicationEndpoints('editions')],
  versions: draftsAndVersions,
  access: publishedContentAccess,
  hooks: {
    beforeOperation: [refuseToUnpublishCurrentEdition],
    beforeValidate: [requireACurrentEdition],
    beforeChange: [normaliseWorkshopDay],
    afterChange: [keepOneCurrentEdition, revalidateSite.afterChange],
    beforeDelete: [refuseToDeleteCurrentEdition],
    afterDelete: [revalidateSite.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, admin: { description: 'e.g. "SyntaGen 2025"' } },
        {
          name: 'year',
          type: 'number',
          required: true,
          unique: true,
          index: true,
          min: 2000,
          max: 2100,
          admin: { description: 'The archive lives at /<year>.' },
        },
      ],
    },
    { name: 'tagline', type: 'text', admin: { description: 'One line under the title.' } },
    {
      type: 'row',
      fields: [
        { name: 'conference', type: 'text', required: true, defaultValue: 'CVPR' },
        { name: 'city', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', admin: { description: 'e.g. "Music City Center"' } },
        { name: 'room', type: 'text', admin: { description: 'The default room for sessions.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: 'America/Los_Angeles',
          admin: { description: "The venue's IANA time zone, e.g. America/Chicago. Schedule times are shown in it." },
          validate: (value: null | string | undefined) => (value ? validateTimeZone(value) : 'A time zone is required.'),
        },
      ],
    },
    { name: 'about', type: 'richText' },
    {
      name: 'callForPapers',
      type: 'group',
      interfaceName: 'CallForPapers',
      fields: [
        { name: 'text', type: 'richText' },
        {
          name: 'topics',
          type: 'array',
          interfaceName: 'CallForPapersTopics',
          labels: { singular: 'Topic', plural: 'Topics' },
          fields: [{ name: 'topic', type: 'textarea', required: true }],
        },
        urlField({ name: 'submissionUrl', label: 'Submission link' }),
        {
          name: 'contactEmail',
          type: 'email',
          validate: (value: null | string | undefined) => validateEmailAddress(value),
        },
      ],
    },
    {
      name: 'sponsors',
      type: 'relationship',
      relationTo: 'affiliations',
      hasMany: true,
    },
    {
      name: 'organizerAffiliations',
      type: 'relationship',
      relationTo: 'affiliations',
      hasMany: true,
      admin: {
        description:
          "The logo strip's order. Left empty, it follows the organizers' order. Drag to reorder.",
      },
    },
    challengeField,
    navigationField({
      name: 'navigation',
      interfaceName: 'EditionNavigationLinks',
      description:
        "This edition's extra header links (e.g. its challenge page). Left empty, the site settings' links are shown.",
    }),
    {
      name: 'isCurrent',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      // Only an admin decides which edition the home page shows.
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description:
          'The current edition is the home page. Publishing this one as current un-marks the other; a draft changes nothing until it is published. Admins only.',
      },
    },
  ],
}
