import type { MetadataRoute } from 'next'

import { absoluteUrl, siteUrl } from '@/lib/siteUrl'

// Read PUBLIC_URL (or the request's address) when asked, not when built: one build is deployed
// under different addresses.
export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteUrl()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml', base),
  }
}
