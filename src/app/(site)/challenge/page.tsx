export { generateMetadata, Page as default } from '@/app/(site)/_shared/challenge'

export const revalidate = 3600
