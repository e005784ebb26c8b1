import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { hasRole } from '../access/roles'

/**
 * A revoked integration loses its key at once: the stored key and its lookup index are cleared,
 * so the key no longer authenticates and its next request is answered 401 (see
 * src/lib/integrationKeys.ts). Re-activating needs a new key: that is what rotating means.
 */
const clearKeyWhenRevoked: CollectionBeforeChangeHook = ({ data }) => {
  if (data.active !== false) return data
  return { ...data, enableAPIKey: false, apiKey: null, apiKeyIndex: null }
}

/**
 * Scripts and apps that read the workshop with an API key (`Authorization: integrations API-Key
 * <key>`). A key reads what visitors read: published documents only, never a write (the access
 * rules in collections/access ask for a staff account, which an integration is not). There is no
 * password login. Only admins see, create, rotate and revoke integrations.
 */
export const Integrations: CollectionConfig = {
  slug: 'integrations',
  labels: { singular: 'Integration', plural: 'Integrations' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'owner', 'active', 'updatedAt'],
    group: 'Admin',
    description:
      'API keys for apps and scripts that read the workshop. A key reads what visitors read. To rotate a key, generate a new one and save; to revoke it, untick Active and save.',
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin, unlock: isAdmin },
  hooks: { beforeChange: [clearKeyWhenRevoked] },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'What uses the key, e.g. "CVPR workshop index".' } },
    { name: 'owner', type: 'text', admin: { description: 'Who to ask about it: a person or a team, with an e-mail address.' } },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: 'Untick and save to revoke the key: its next request gets 401. A new key re-activates it.',
      },
    },
    { name: 'notes', type: 'textarea' },
  ],
}
