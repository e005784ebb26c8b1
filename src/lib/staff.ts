/**
 * Who counts as staff: a signed-in account of the `users` collection (admins and editors).
 * Integrations authenticate too (API keys), but they read what visitors read and never write, so
 * every rule that lets "a signed-in user" see drafts or write asks this instead of `req.user`.
 */
export const STAFF_COLLECTION = 'users'

type AuthenticatedUser = { collection?: string } | null | undefined

export function isStaff(user: AuthenticatedUser): boolean {
  return user?.collection === STAFF_COLLECTION
}
