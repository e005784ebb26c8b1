// Rendered per request: it reads the query string.
export { generateMetadata, Page as default } from '@/app/(site)/_shared/papersSearch'
