import type { RelationshipField } from 'payload'

export const editionField: RelationshipField = {
  name: 'edition',
  type: 'relationship',
  relationTo: 'editions',
  required: true,
  index: true,
  admin: { position: 'sidebar', description: 'The year of the workshop this belongs to.' },
}
