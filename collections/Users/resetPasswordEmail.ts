import type { PayloadRequest } from 'payload'

/**
 * The reset mail. Payload's own links are relative when serverURL is empty (PUBLIC_URL unset), and
 * a relative link in a mail leads nowhere. PUBLIC_URL is the trusted origin; without it the link
 * uses the request's own origin, which a client controls through Host: set PUBLIC_URL in production.
 */
function origin(req: PayloadRequest): string {
  const configured = process.env.PUBLIC_URL
  if (configured) return configured.replace(/\/+$/, '')
  // Next's own req.url names the address Next was told to listen on, not the one the client used.
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  if (!host) return ''
  return `${req.headers.get('x-forwarded-proto') ?? 'http'}://${host}`
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
