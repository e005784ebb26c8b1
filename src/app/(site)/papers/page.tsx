export { generateMetadata, Page as default } from '@/app/(site)/_shared/papers'

export const revalidate = 3600
