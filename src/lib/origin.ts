/**
 * The address a visitor used, as the server hands it to the site. Kept apart from siteUrl.ts,
 * which reads Next's request headers: src/server.ts imports this, and must not load Next's
 * request storage (it breaks AsyncLocalStorage).
 */

/**
 * The request header that carries the visitor's address, set by the server (`stampRequestOrigin`)
 * after express has applied TRUST_PROXY to the forwarded headers. Whatever a client sends under
 * this name is discarded there.
 */
export const ORIGIN_HEADER = 'x-syntagen-origin'

// A host as express reports it: a name or an address, an optional port; nothing that could break
// out of an attribute or a URL.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/** "https" + "portal.example:8443" → "https://portal.example:8443"; undefined for anything odd. */
export function originOf(protocol: string | undefined, host: string | undefined): string | undefined {
  if (!host || !HOST.test(host)) return undefined
  if (protocol !== 'http' && protocol !== 'https') return undefined
  return `${protocol}://${host.toLowerCase()}`
}

/** PUBLIC_URL without a trailing slash, or undefined when it is not set. */
export function configuredSiteUrl(): string | undefined {
  const configured = process.env.PUBLIC_URL?.trim()
  return configured ? configured.replace(/\/+$/, '') : undefined
}
