export { archiveStaticParams as generateStaticParams } from '@/app/(site)/_shared/archiveStaticParams'
export { generateMetadata, Page as default } from '@/app/(site)/_shared/scheduleChanges'

// Like /<year>/schedule: prerendered, and refreshed by revalidateSite when a session is published.
export const revalidate = 3600
export const dynamicParams = true
