import type { Access } from 'payload'

/** Writing anything requires a signed-in admin or editor. */
export const loggedIn: Access = ({ req }) => Boolean(req.user)
