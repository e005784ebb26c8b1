import type { CollectionConfig } from 'payload'

import { isStaff } from '../../src/lib/staff'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { hasRole, ROLES } from '../access/roles'
import { adminOrSelf } from './access/adminOrSelf'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { hideWhichAccountsExist, learnResetTiming } from './hooks/hideWhichAccountsExist'
import { limitAuthAttempts } from './hooks/limitAuthAttempts'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Admin',
    // Editors see content only: no Users in their nav, and its list and documents answer "not found".
    // Their own account stays at /admin/account.
    hidden: ({ user }) => !hasRole(user as { roles?: string[] | null }, 'admin'),
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Per account: ten wrong passwords lock it for ten minutes (per client: limitAuthAttempts).
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // Sessions are on (Payload's default): a token names its session, and a password change or
    // reset removes every other session of that user, so older tokens stop working.
    useSessions: true,
    // Payload's own per-account throttle on reset mails writes outside the request's transaction;
    // SQLite has one writer, so that write waits on the transaction until "database is locked" (a 500
    // for every address). Reset requests are limited per client instead (limitAuthAttempts).
    forgotPassword: { minRequestInterval: 0, ...resetPasswordEmail },
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false' },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Unset, Payload lets any authenticated user unlock accounts, integrations included.
    unlock: isAdmin,
    // The admin panel is for staff accounts; integrations (API keys) never reach it.
    admin: ({ req }) => isStaff(req.user),
  },
  hooks: {
    beforeOperation: [limitAuthAttempts, hideWhichAccountsExist],
    afterOperation: [learnResetTiming],
    beforeChange: [firstUserIsAdmin],
  },
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
