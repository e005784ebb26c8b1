import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { loggedIn } from '../access/loggedIn'
import { revalidateSite } from '../hooks/revalidateSite'

export const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']
// The request guards in front of Payload (src/lib/http) read the same limit.
export { MEDIA_MAX_BYTES } from '../../src/lib/apiLimits'

/** Photos, logos and PDFs (posters, slides). Files live in MEDIA_DIR, ./media by default. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'], group: 'Workshop' },
  access: { read: anyone, create: loggedIn, update: loggedIn, delete: loggedIn },
  // Pages show photos and their alt text and credit: an edit or a delete refreshes them.
  hooks: { afterChange: [revalidateSite.afterChange], afterDelete: [revalidateSite.afterDelete] },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? 'media',
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'portrait', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 640 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: 'Alt text',
      admin: { description: 'What the image shows, for people who cannot see it, e.g. "Portrait of Tali Dekel".' },
      validate: (value: null | string | undefined) =>
        value && value.trim().length > 0
          ? true
          : 'Alt text is required: describe the image for people who cannot see it.',
    },
    { name: 'credit', type: 'text' },
  ],
}
