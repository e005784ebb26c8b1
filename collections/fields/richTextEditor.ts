import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { isAllowedLinkUrl, LINK_URL_MESSAGE } from '../../src/lib/richTextLinks'

const validateLinkUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (!value) return 'Enter the address the link goes to.'
  return isAllowedLinkUrl(value) ? true : LINK_URL_MESSAGE
}

/** The link drawer's URL field refuses javascript:, data: and every other scheme but http, https and mailto. */
function withSafeUrl(fields: FieldAffectingData[]): FieldAffectingData[] {
  return fields.map((field) => (field.name === 'url' && field.type === 'text' && !field.hasMany ? { ...field, validate: validateLinkUrl } : field))
}

/** The rich-text editor every richText field uses: Payload's defaults, with links limited to safe schemes. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures.map((feature) =>
      feature.key === 'link' ? LinkFeature({ fields: ({ defaultFields }) => withSafeUrl(defaultFields) }) : feature,
    ),
})
