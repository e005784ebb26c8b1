export { archiveStaticParams as generateStaticParams } from '@/app/(site)/_shared/archiveStaticParams'
export { generateMetadata, Page as default } from '@/app/(site)/_shared/papers'

export const revalidate = 3600
export const dynamicParams = true
