import type { SerializedParagraphNode, SerializedTextNode } from '@payloadcms/richtext-lexical'

import type { Edition } from '../payload-types'

/** Every richText field of the content model has this generated shape. */
export type RichText = NonNullable<Edition['about']>

function textNode(text: string): SerializedTextNode {
  return { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }
}

function paragraphNode(text: string): SerializedParagraphNode {
  return {
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    textFormat: 0,
    textStyle: '',
    children: [textNode(text)],
  }
}

/** Lexical editor state with one plain paragraph per string, as the admin's editor saves it. */
export function paragraphs(texts: readonly string[]): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: texts.map(paragraphNode),
    },
  }
}
