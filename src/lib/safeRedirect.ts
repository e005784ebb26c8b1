import { hasControlCharacters } from './controlCharacters'

const BASE = 'http://site.invalid'

/**
 * A redirect target only if it is a path on this site: "/2024/papers?x#y", never "//evil.example",
 * "/\evil.example" (browsers read the backslash as a slash), "/\t/evil.example" (they drop tabs and
 * newlines), "https://…", or anything with control characters, which would also make an invalid
 * Location header. Non-ASCII is returned percent-encoded. Anything else is undefined.
 */
export function safeSitePath(path: string | null | undefined): string | undefined {
  if (!path || !path.startsWith('/') || path.startsWith('//')) return undefined
  if (path.includes('\\') || hasControlCharacters(path)) return undefined
  let url: URL
  try {
    url = new URL(path, BASE)
  } catch {
    return undefined
  }
  if (url.origin !== BASE) return undefined
  return `${url.pathname}${url.search}${url.hash}`
}
