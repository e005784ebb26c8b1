import type { Access } from 'payload'

import { isStaff } from '../../src/lib/staff'

/** Writing anything requires a signed-in admin or editor; an integration's API key never writes. */
export const loggedIn: Access = ({ req }) => isStaff(req.user)
