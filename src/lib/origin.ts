/**
 * The address a visitor used, as the server hands it to the site, and the placeholder pages carry
 * instead of it. Kept apart from siteUrl.ts: src/server.ts imports this, and must not load Next's
 * request storage (it breaks AsyncLocalStorage).
 */

/**
 * The origin pages are rendered with when PUBLIC_URL is unset. Pages must not read the request
 * (that makes every page dynamic and empties the page cache), so they link to this placeholder and
 * src/server.ts writes the request's own origin over it on the way out (lib/originSubstitution.ts),
 * in responses from Next and from the page cache alike. `.invalid` never resolves (RFC 2606), so a
 * copy that escapes substitution fails loudly instead of pointing at someone else's site.
 */
export const PLACEHOLDER_ORIGIN = 'http://syntagen-origin-7c1f9e.invalid'
export const PLACEHOLDER_HOST = 'syntagen-origin-7c1f9e.invalid'

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

/**
 * ALLOWED_HOSTS ("portal.example, www.portal.example:8443"), lower-cased; empty when unset, which
 * allows any well-formed host. An entry without a port allows that name on any port.
 */
export function allowedHosts(setting = process.env.ALLOWED_HOSTS): string[] {
  return (setting ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
}

/** Whether "portal.example:8443" is one of the allowed hosts (always, when none are listed). */
export function isAllowedHost(host: string, allowed: string[]): boolean {
  if (allowed.length === 0) return true
  const name = host.toLowerCase()
  const withoutPort = name.replace(/:\d+$/, '')
  return allowed.some((entry) => entry === name || entry === withoutPort)
}
