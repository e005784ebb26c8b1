import { withoutControlCharactersOrSpaces } from './controlCharacters'

/**
 * Which link targets rich text may carry: web pages, email addresses, and links inside this site
 * (relative paths, anchors). `javascript:`, `data:`, `vbscript:` and every other scheme are refused
 * in the editor (the link drawer's URL field, collections/fields/richTextEditor.ts), by the API (collections/hooks/guardWrite.ts) and, for
 * content stored before this rule, dropped by the renderer (src/components/RichText.tsx).
 */
export const RICH_TEXT_LINK_SCHEMES = ['http', 'https', 'mailto'] as const

const SCHEME = /^([a-z][a-z0-9+.-]*):/i

export function isAllowedLinkUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false
  const scheme = SCHEME.exec(withoutControlCharactersOrSpaces(url))?.[1]
  if (!scheme) return true
  return (RICH_TEXT_LINK_SCHEMES as readonly string[]).includes(scheme.toLowerCase())
}

export const LINK_URL_MESSAGE = 'Links may only go to http://, https:// or mailto: addresses, or to a page of this site (/…).'

type LexicalNode = { type?: unknown; fields?: { url?: unknown; linkType?: unknown }; children?: unknown }

/** The URLs of custom links and autolinks in a lexical document that are not allowed. */
export function disallowedLinkUrls(richText: unknown): string[] {
  const found: string[] = []
  const root = (richText as { root?: unknown } | null)?.root
  const pending: unknown[] = root ? [root] : []
  while (pending.length > 0) {
    const node = pending.pop() as LexicalNode | null
    if (!node || typeof node !== 'object') continue
    const isLink = node.type === 'link' || node.type === 'autolink'
    if (isLink && node.fields?.linkType !== 'internal' && !isAllowedLinkUrl(node.fields?.url ?? '')) {
      found.push(String(node.fields?.url))
    }
    if (Array.isArray(node.children)) pending.push(...(node.children as unknown[]))
  }
  return found
}

/**
 * A copy of a lexical document in which links to disallowed URLs are replaced by their text, for
 * content stored before the rule existed: the page never emits an href with another scheme.
 */
export function withoutUnsafeLinks<T>(richText: T): T {
  const clean = (node: unknown): unknown[] => {
    if (!node || typeof node !== 'object') return [node]
    const { type, fields, children } = node as LexicalNode
    const cleanedChildren = Array.isArray(children) ? (children as unknown[]).flatMap(clean) : undefined
    const unsafe = (type === 'link' || type === 'autolink') && fields?.linkType !== 'internal' && !isAllowedLinkUrl(fields?.url ?? '')
    if (unsafe) return cleanedChildren ?? []
    return [cleanedChildren ? { ...(node as object), children: cleanedChildren } : node]
  }
  const root = (richText as { root?: unknown } | null)?.root
  if (!root) return richText
  return { ...(richText as object), root: clean(root)[0] } as T
}
