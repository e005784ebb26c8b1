import type { CollectionBeforeChangeHook } from 'payload'

/** The first account (created from the admin's sign-up screen or ADMIN_EMAIL) must be able to manage users. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
