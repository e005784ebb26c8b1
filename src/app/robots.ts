import type { MetadataRoute } from 'next'

import { absoluteUrl, siteUrl } from '@/lib/siteUrl'

// Read PUBLIC_URL when asked, not when built: one build is deployed under different addresses.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml', base),
  }
}
