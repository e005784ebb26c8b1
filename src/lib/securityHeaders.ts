import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Powerful browser features the site and the admin never use, switched off for every page and any
 * frame inside it. (Helmet does not set Permissions-Policy.) Fullscreen stays available to this
 * origin for the admin's live-preview frame.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
  next()
}

/**
 * One policy for the site and the admin. Next's App Router streams inline bootstrap scripts, so
 * script-src needs 'unsafe-inline' unless every page is rendered per request with a nonce, which
 * would give up static caching; everything else is locked to this origin.
 */
export function securityHeaders({ dev }: { dev: boolean }): RequestHandler[] {
  return [permissionsPolicy, helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        'media-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        // The admin's live preview frames the site from the same origin; nobody else may frame it.
        'frame-ancestors': ["'self'"],
        'frame-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        ...(dev ? {} : { 'upgrade-insecure-requests': process.env.COOKIE_SECURE === 'true' ? [] : null }),
      },
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only where TLS is known to terminate in front of us.
    strictTransportSecurity: process.env.COOKIE_SECURE === 'true' ? { maxAge: 15_552_000 } : false,
  })]
}
