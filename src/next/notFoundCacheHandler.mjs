/**
 * Next's incremental cache (ISR), except that "not found" pages stay in memory. The dynamic
 * segments (`/[segment]`, `/papers/[slug]`, …) render unknown values on demand, and Next's own
 * file-system cache writes every such 404 under `<distDir>/server/route-cache`, one set of files
 * per path a client makes up, with no cap. Here a 404 goes to Next's bounded in-memory LRU only
 * (cacheMaxMemorySize), so made-up paths cost a render now and then, never disk.
 *
 * next.config.ts names this file as `cacheHandler`; Next imports it at run time (plain JS, no build
 * step), which is why it extends the file-system cache through Next's internal module path.
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

export default class NotFoundInMemoryCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && (data.kind === 'APP_PAGE' || data.kind === 'PAGES') && data.status === 404) {
      FileSystemCache.memoryCache?.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl })
      return
    }
    return super.set(key, data, ctx)
  }
}
