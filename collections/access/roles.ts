
export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type UserWithRoles = { roles?: (Role | string)[] | null } | null | undefined

export function hasRole(user: UserWithRoles, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}
