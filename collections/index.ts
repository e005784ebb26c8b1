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

/**
 * Every collection checks API queries (where, depth, limit) and writes (NUL bytes, relations, links)
 * the same way. Collection beforeValidate hooks check and shape data and write nothing: after a
 * rejected save the admin runs them again to keep their errors on show (admin/forms/formStateWithHookErrors.ts).
 */
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

/**
 * Every edit form keeps a rejected field's message on the field until it is fixed (issue 7):
 * admin/forms/KeepFieldErrors.tsx, mounted beside the document controls.
 */
const KEEP_FIELD_ERRORS = '/../admin/forms/KeepFieldErrors#KeepFieldErrors'

function keepsFieldErrors(collection: CollectionConfig): CollectionConfig {
  const admin = collection.admin ?? {}
  const edit = admin.components?.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        edit: { ...edit, beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), KEEP_FIELD_ERRORS] },
      },
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
]
  .map(guarded)
  .map(keepsFieldErrors)
export const globals = [Site].map(guardedGlobal)
