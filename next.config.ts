import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // express (src/server.ts) owns compression, headers and the HTTP server itself.
  compress: false,
  // npm test builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
