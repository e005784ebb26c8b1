import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import type { RichTextState } from '@/lib/reshape'

/** Editors' rich text, rendered on the server (no client JavaScript). */
export function RichText({ data, className }: { data: RichTextState | undefined; className?: string }) {
  if (!data) return null
  return <LexicalRichText data={data} className={className ?? 'rich-text'} disableTextAlign />
}
