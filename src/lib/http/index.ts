import { Router } from 'express'

import { limitBodySize, limitQueryStrings, refuseBadPathEncoding, refuseCrossSiteWrites, refuseMissingMediaFiles } from './requestGuards'

/** All request guards, in the order they apply; src/server.ts mounts them before the rate limits and Next. */
export function requestGuards({ mediaDir }: { mediaDir: string }): Router {
  const router = Router()
  router.use(refuseBadPathEncoding, limitQueryStrings, limitBodySize, refuseCrossSiteWrites, refuseMissingMediaFiles(mediaDir))
  return router
}
