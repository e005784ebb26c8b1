export { generateMetadata, Page as default } from '@/app/(site)/_shared/mySchedule'

export const revalidate = 3600
