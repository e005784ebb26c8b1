import type { Access } from 'payload'

/**
 * Visitors and API consumers see published documents only; editors see drafts too.
 * Returning a `where` (not `false`) lets lists filter instead of failing.
 */
export const publishedOrLoggedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
