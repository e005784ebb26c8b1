import type { Access } from 'payload'

import { isStaff } from '../../../src/lib/staff'
import { hasRole } from '../../access/roles'

export const adminOrSelf: Access = ({ req }) => {
  if (!req.user || !isStaff(req.user)) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
