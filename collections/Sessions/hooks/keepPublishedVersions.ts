import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The admin's "Unpublish" asks for `unpublishAllLocales`, and Payload then overwrites the latest
 * version in place with the draft (payload/dist/versions/updateLatestVersion.js) instead of saving
 * a new one. When that latest version is the published one, the session's last publication
 * vanishes from its history, and with it the only sign that visitors once saw it: the schedule's
 * changes (src/lib/sessions/changes.ts) could not list it as cancelled. Without localization the
 * flag means no more than `_status: 'draft'`, which the request carries anyway; without it the
 * unpublish is saved as a new version and the published ones stay.
 */
export const keepPublishedVersions: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || req.payload.config.localization) return args
  if (!('unpublishAllLocales' in args) || !args.unpublishAllLocales) return args
  return { ...args, unpublishAllLocales: false }
}
