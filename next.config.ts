import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // express (src/server.ts) owns compression, headers and the HTTP server itself.
  compress: false,
  // npm test builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // ISR as usual, but 404s of made-up paths are never written to disk (see the file).
  cacheHandler: path.join(process.cwd(), 'src/next/notFoundCacheHandler.mjs'),
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // `npm test` runs tsc --noEmit over the whole repo; the production build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Payload formats API errors by class name; minified names turn "Invalid JSON" and our hooks'
    // messages into "An unknown error occurred."
    serverMinification: false,
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers

/**
 * withPayload asks browsers for their colour scheme on every path (Accept-CH with Critical-CH), so
 * the admin can pick its theme before it paints. The visitors' site never reads the hint, yet
 * Critical-CH makes a browser's first visit request the page twice, and the Vary it adds splits
 * every cached page by colour scheme. The hint stays, scoped to the admin.
 */
export default {
  ...withPayloadConfig,
  headers: async () =>
    ((await payloadHeaders?.()) ?? []).map((rule) =>
      rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    ),
} satisfies NextConfig
