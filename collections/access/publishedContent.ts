import type { CollectionConfig } from 'payload'

import { loggedIn } from './loggedIn'
import { publishedOrLoggedIn } from './publishedOrLoggedIn'

/** The content collections' rule: everyone reads what is published, signed-in editors write. */
export const publishedContentAccess: CollectionConfig['access'] = {
  read: publishedOrLoggedIn,
  create: loggedIn,
  update: loggedIn,
  delete: loggedIn,
}

/** Drafts (and the version history behind them) on every content collection. */
export const draftsAndVersions: CollectionConfig['versions'] = { drafts: true, maxPerDoc: 25 }
