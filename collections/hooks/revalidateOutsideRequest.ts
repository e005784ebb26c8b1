/**
 * revalidatePath needs the store Next sets up for a request or a server action; the jobs queue
 * (a scheduled publish) runs on a timer inside the server process, with no request around it.
 * There the same invalidation goes to the incremental cache Next keeps for this process (it sets
 * `globalThis.__incrementalCache` on every request), with the implicit tag that
 * revalidatePath('/', 'layout') records: every page under the root layout becomes stale.
 *
 * A hook runs inside the write's transaction, before the commit; Next defers a request's
 * revalidation to the end of the request, but here a page re-rendered at once could still read
 * the old rows and be cached again. So the invalidation (and `afterCommit`, the page-cache bump)
 * is repeated once the commit has landed.
 */
const LAYOUT_TAGS = ['_N_T_/layout']
const REPEAT_AFTER_MS = [1_000, 5_000]

type IncrementalCacheLike = { revalidateTag(tags: string[], durations?: unknown): Promise<void> }

function invalidate(afterCommit: () => void): void {
  const cache = (globalThis as { __incrementalCache?: IncrementalCacheLike }).__incrementalCache
  void cache?.revalidateTag(LAYOUT_TAGS).catch(() => undefined)
  afterCommit()
}

export function revalidateOutsideRequest(afterCommit: () => void): void {
  invalidate(afterCommit)
  for (const delay of REPEAT_AFTER_MS) setTimeout(() => invalidate(afterCommit), delay).unref()
}
