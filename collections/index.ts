import type { CollectionConfig, GlobalConfig } from 'payload'

import { Affiliations } from './Affiliations'
import { Editions } from './Editions'
import { guardApiQuery } from './hooks/guardApiQuery'
import { guardGlobalWrite, guardWrite } from './hooks/guardWrite'
import { withImportExport } from './importExport'
import { ImportantDates } from './ImportantDates'
import { Integrations } from './Integrations'
import { Media } from './Media'
import { Organizers } from './Organizers'
import { Pages } from './Pages'
import { Papers } from './Papers'
import { Sessions } from './Sessions'
import { Site } from './Site'
import { Speakers } from './Speakers'
import { Users } from './Users'

/** Every collection checks API queries (where, depth, limit) and writes (NUL bytes, relations, links) the same way. */
function guarded(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [guardApiQuery, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [guardWrite, ...(hooks.beforeValidate ?? [])],
    },
  }
}

function guardedGlobal(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, beforeValidate: [guardGlobalWrite, ...(hooks.beforeValidate ?? [])] } }
}

// Speakers, sessions, papers, dates and organizers also come in and go out as CSV and JSON files.
export const collections = [
  Editions,
  withImportExport(Speakers),
  withImportExport(Sessions),
  withImportExport(Papers),
  withImportExport(ImportantDates),
  withImportExport(Organizers),
  Affiliations,
  Pages,
  Media,
  Users,
  Integrations,
].map(guarded)
export const globals = [Site].map(guardedGlobal)
