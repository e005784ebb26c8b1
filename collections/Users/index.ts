import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../access/isAdmin'
import { ROLES } from '../access/roles'
import { adminOrSelf } from './access/adminOrSelf'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: 'Admin' },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false' },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Only admins manage users; the admin panel's user list is hidden from editors.
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      // The sign-up screen for the very first account has nobody signed in: that account is the admin
      // (firstUserIsAdmin enforces it); accounts an admin creates start as editors.
      defaultValue: ({ user }: { user?: unknown }) => (user ? ['editor'] : ['admin']),
      options: ROLES.map((role) => ({ label: role === 'admin' ? 'Admin' : 'Editor', value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Admins manage users; editors manage content.' },
    },
  ],
}
