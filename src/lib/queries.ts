/**
 * Every visitor-facing read goes through a named query, one module per entity
 * (`lib/<entity>/queries.ts`); this index re-exports them so pages import from one place.
 *
 * Reads run as the reader `content/reader.ts` decides (an anonymous visitor, or an editor in draft
 * mode), so access control applies and drafts never leak. Each query states its depth, limit and
 * selection; results leave reshaped (`lib/<entity>/reshape.ts`), never as raw documents. `cache`
 * dedupes a query between generateMetadata and the page within one render.
 */
export * from './editions/queries'
export * from './importantDates/queries'
export * from './pages/queries'
export * from './papers/queries'
export * from './people/queries'
export * from './sessions/queries'
export * from './sessions/changes'
