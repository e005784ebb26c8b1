import { isStaff } from '../../src/lib/staff'

export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type UserWithRoles = { collection?: string; roles?: (Role | string)[] | null } | null | undefined

/** Roles belong to staff accounts; an integration never has one, whatever its document holds. */
export function hasRole(user: UserWithRoles, role: Role): boolean {
  return isStaff(user) && Boolean(user?.roles?.includes(role))
}
