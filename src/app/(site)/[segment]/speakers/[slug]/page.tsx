export { generateMetadata, Page as default } from '@/app/(site)/_shared/speaker'

// Rendered per request, as /speakers/<slug> is: see speakers/[slug]/page.tsx.
export const dynamic = 'force-dynamic'
