export { generateMetadata, Page as default } from '@/app/(site)/_shared/scheduleChanges'

// Like the schedule: prerendered, and refreshed by revalidateSite when a session is published.
export const revalidate = 3600
