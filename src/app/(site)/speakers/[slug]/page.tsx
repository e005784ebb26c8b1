export { generateMetadata, Page as default } from '@/app/(site)/_shared/speaker'

/*
 * Rendered per request. Each page's absolute links (canonical, BibTeX url) may name the address
 * the request came to (lib/siteUrl without PUBLIC_URL), which an on-demand prerender cannot read:
 * Next answers such a page with a 500. One paper or speaker is a cheap page to render.
 */
export const dynamic = 'force-dynamic'
