/**
 * The site's view types and reshape functions, one module per entity (`lib/<entity>/reshape.ts`);
 * this index re-exports them so pages import from one place.
 */
export * from './content/reshape'
export * from './editions/reshape'
export * from './importantDates/reshape'
export * from './pages/reshape'
export * from './papers/reshape'
export * from './people/reshape'
export * from './sessions/reshape'
