import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { loggedIn } from '../access/loggedIn'
import { navigationField } from '../fields/navigation'
import { urlField } from '../fields/url'
import { revalidateSite } from '../hooks/revalidateSite'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site settings',
  admin: { group: 'Workshop' },
  access: { read: anyone, update: loggedIn },
  hooks: { afterChange: [revalidateSite.afterGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'SyntaGen' },
    {
      name: 'description',
      type: 'textarea',
      defaultValue: 'Harnessing Generative Models for Synthetic Visual Datasets',
    },
    navigationField({
      name: 'navigation',
      interfaceName: 'NavigationLinks',
      description: "Extra links in the header, after the section anchors (e.g. a challenge page). An edition's own links, when it has some, replace these on its pages.",
    }),
    { name: 'footer', type: 'richText' },
    {
      name: 'social',
      type: 'array',
      interfaceName: 'SocialLinks',
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['x', 'bluesky', 'mastodon', 'linkedin', 'github', 'youtube', 'other'].map((value) => ({
            label: value === 'x' ? 'X (Twitter)' : value.charAt(0).toUpperCase() + value.slice(1),
            value,
          })),
        },
        urlField({ name: 'url', required: true }),
      ],
    },
  ],
}
