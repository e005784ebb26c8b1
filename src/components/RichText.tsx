import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import type { RichTextState } from '@/lib/reshape'
import { withoutUnsafeLinks } from '@/lib/richTextLinks'

/** Editors' rich text, rendered on the server (no client JavaScript); links with unsafe schemes render as plain text. */
export function RichText({ data, className }: { data: RichTextState | undefined; className?: string }) {
  if (!data) return null
  return <LexicalRichText data={withoutUnsafeLinks(data)} className={className ?? 'rich-text'} disableTextAlign />
}
