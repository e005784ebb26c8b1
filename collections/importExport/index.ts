import type { CollectionConfig } from 'payload'

import { isImportableCollection } from '../../src/lib/import/types'
import { importExportEndpoints } from './endpoints'

/**
 * Bulk import and export for a content collection: the REST endpoints, and links above its list to
 * the admin's import view and to the export files.
 */
export function withImportExport(config: CollectionConfig): CollectionConfig {
  const collection = config.slug
  if (!isImportableCollection(collection)) throw new Error(`${collection} has no import and export.`)
  const components = config.admin?.components ?? {}
  return {
    ...config,
    endpoints: [...importExportEndpoints(collection), ...(config.endpoints || [])],
    admin: {
      ...config.admin,
      components: {
        ...components,
        beforeListTable: [
          ...(components.beforeListTable ?? []),
          { path: '/../admin/importExport/ListLinks#ListLinks', clientProps: { collection } },
        ],
      },
    },
  }
}
