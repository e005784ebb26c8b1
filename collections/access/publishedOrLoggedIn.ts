import type { Access } from 'payload'

import { isStaff } from '../../src/lib/staff'

/**
 * Visitors and API consumers (anonymous or with an integration's key) see published documents
 * only; editors and admins see drafts too. Returning a `where` (not `false`) lets lists filter
 * instead of failing.
 */
export const publishedOrLoggedIn: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  return { _status: { equals: 'published' } }
}
