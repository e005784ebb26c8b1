import type { PayloadRequest } from 'payload'

import { configuredSiteUrl, ORIGIN_HEADER } from '../../src/lib/origin'

/**
 * The reset mail. Payload's own links are relative when serverURL is empty (PUBLIC_URL unset), and
 * a relative link in a mail leads nowhere. PUBLIC_URL is the trusted origin; without it the link
 * uses the request's own origin as src/server.ts stamped it (forwarded headers only from a proxy
 * TRUST_PROXY trusts, a malformed Host or one outside ALLOWED_HOSTS never reflected).
 */
function origin(req: PayloadRequest): string {
  return configuredSiteUrl() ?? req.headers.get(ORIGIN_HEADER) ?? ''
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export const resetPasswordEmail = {
  generateEmailSubject: () => 'Reset your SyntaGen admin password',
  generateEmailHTML: (args?: { req?: PayloadRequest; token?: string }) => {
    const link = escapeHtml(`${args?.req ? origin(args.req) : ''}/admin/reset/${encodeURIComponent(args?.token ?? '')}`)
    return `<p>Someone (hopefully you) asked to reset the password of your SyntaGen admin account.</p>
<p><a href="${link}">${link}</a></p>
<p>The link works once, for one hour. If you did not ask for it, ignore this mail: your password stays as it is.</p>`
  },
}
