import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import type { TaskSchedulePublish } from '../../src/payload-types'

type ScheduledDoc = NonNullable<TaskSchedulePublish['input']['doc']>
type PublicationChange = 'publish' | 'unpublish'

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

async function readBody(req: PayloadRequest): Promise<{ type?: unknown; at?: unknown } | undefined> {
  try {
    return req.json ? ((await req.json()) as { type?: unknown; at?: unknown }) : undefined
  } catch {
    return undefined
  }
}

/**
 * REST twin of the admin's "Schedule publish" drawer, for scripts:
 * POST /api/<collection>/:id/schedule { "type": "publish" | "unpublish", "at": "<ISO instant>" }
 * queues the same `schedulePublish` job (Payload's jobs queue, run by the server's own cron) as the
 * signed-in editor; GET lists the upcoming ones.
 */
export function schedulePublicationEndpoints(collection: CollectionSlug): Endpoint[] {
  const findDoc = (req: PayloadRequest, id: string) =>
    req.payload.findByID({ collection, id, depth: 0, draft: true, req, overrideAccess: false, user: req.user, disableErrors: true })

  const upcoming: Endpoint = {
    path: '/:id/schedule',
    method: 'get',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      if (!req.user) return answer(401, { errors: [{ message: 'Sign in to see scheduled publishing.' }] })
      if (!(await findDoc(req, id))) return answer(404, { errors: [{ message: 'There is no such document.' }] })
      const { docs } = await req.payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'schedulePublish' } },
            { 'input.doc.value': { equals: id } },
            { 'input.doc.relationTo': { equals: collection } },
            { completedAt: { exists: false } },
          ],
        },
        sort: 'waitUntil',
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      return answer(200, {
        docs: docs.map((job) => ({
          id: job.id,
          type: (job.input as TaskSchedulePublish['input'] | null)?.type === 'unpublish' ? 'unpublish' : 'publish',
          at: job.waitUntil,
        })),
      })
    },
  }

  const schedule: Endpoint = {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      if (!req.user) return answer(401, { errors: [{ message: 'Sign in to schedule publishing.' }] })
      const body = await readBody(req)
      const type: PublicationChange | undefined =
        body?.type === undefined || body.type === 'publish' ? 'publish' : body.type === 'unpublish' ? 'unpublish' : undefined
      if (!type) return answer(400, { errors: [{ field: 'type', message: 'The type is "publish" or "unpublish".' }] })
      const at = typeof body?.at === 'string' ? new Date(body.at) : undefined
      if (!at || Number.isNaN(at.getTime())) {
        return answer(400, { errors: [{ field: 'at', message: 'Give the time as an ISO instant, e.g. "2026-03-01T09:00:00Z".' }] })
      }
      if (at.getTime() <= Date.now()) return answer(400, { errors: [{ field: 'at', message: 'The time must be in the future.' }] })
      if (!(await findDoc(req, id))) return answer(404, { errors: [{ message: 'There is no such document.' }] })

      const job = await req.payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: at,
        input: {
          type,
          doc: { relationTo: collection, value: id } as ScheduledDoc,
          user: { relationTo: 'users', value: String(req.user.id) },
        },
        req,
      })
      return answer(201, { message: `The ${type} is scheduled for ${at.toISOString()}.`, doc: { id: job.id, type, at: at.toISOString() } })
    },
  }

  return [upcoming, schedule]
}
