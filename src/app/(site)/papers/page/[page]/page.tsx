export { generateMetadata, Page as default } from '@/app/(site)/_shared/papers'

export const revalidate = 3600
// Rendered on first request, then cached like any page; none is built ahead.
export const dynamicParams = true

export function generateStaticParams(): { page: string }[] {
  return []
}
