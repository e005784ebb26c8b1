import type { Payload } from 'payload'

/**
 * Whether the jobs queue has work: a job not completed, not being processed, without an error,
 * whose time has come. A read, so an idle queue never writes (see `jobs.shouldAutoRun`).
 */
export async function hasDueJobs(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}
