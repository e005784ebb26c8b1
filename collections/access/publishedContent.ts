import type { CollectionConfig } from 'payload'

import { loggedIn } from './loggedIn'
import { publishedOrLoggedIn } from './publishedOrLoggedIn'

/**
 * The content collections' rule: everyone reads what is published, signed-in editors write.
 * Version history holds drafts, so it is staff-only: Payload's default for an unset rule is "any
 * authenticated user", which would include an integration's API key.
 */
export const publishedContentAccess: CollectionConfig['access'] = {
  read: publishedOrLoggedIn,
  readVersions: loggedIn,
  create: loggedIn,
  update: loggedIn,
  delete: loggedIn,
}

/** How often the edit view saves a draft while the editor types. */
export const AUTOSAVE_INTERVAL_MS = 2_000

/**
 * Drafts (and the version history behind them) on every content collection. Drafts autosave, and
 * a publish or unpublish can be scheduled: Payload queues it on its jobs queue, which runs inside
 * the server process (src/lib/payload.ts starts it). Draft saves skip validation (Payload's
 * default), so rules such as the room-overlap check apply when a document is published.
 */
export const draftsAndVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: AUTOSAVE_INTERVAL_MS }, schedulePublish: true },
  maxPerDoc: 25,
}
