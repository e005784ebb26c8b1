/**
 * The cookie that carries the edition an editor last filtered a collection's list to, so that a
 * new record made from that list starts in that edition. A cookie rather than browser storage:
 * with autosave, Payload creates the record on the server as soon as its create page is asked
 * for (before any field mounts in the browser), so the choice must reach the server with that
 * request. Scoped to the admin's pages; it never reaches the API.
 */
export const EDITION_FILTER_COOKIE_PATH = '/admin'

export function editionFilterCookieName(collectionSlug: string): string {
  return `syntagen-edition-filter-${collectionSlug}`
}
