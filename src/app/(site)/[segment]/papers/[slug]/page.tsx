export { generateMetadata, Page as default } from '@/app/(site)/_shared/paper'

// Rendered per request, as /papers/<slug> is: see papers/[slug]/page.tsx.
export const dynamic = 'force-dynamic'
