export { generateMetadata, Page as default } from '@/app/(site)/_shared/schedule'

export const revalidate = 3600
