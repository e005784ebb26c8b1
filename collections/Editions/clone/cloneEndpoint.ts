import type { Endpoint, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasRole } from '../../access/roles'
import { cloneEdition } from './cloneEdition'

const MIN_YEAR = 2000
const MAX_YEAR = 2100

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

async function requestedYear(req: PayloadRequest): Promise<number | string> {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    return 'The body must be JSON, e.g. { "year": 2026 }.'
  }
  const year = (body as { year?: unknown } | undefined)?.year
  const value = typeof year === 'string' && /^\d{4}$/.test(year.trim()) ? Number(year) : year
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Give the new edition\'s year as a number, e.g. { "year": 2026 }.'
  if (value < MIN_YEAR || value > MAX_YEAR) return `The year must be between ${MIN_YEAR} and ${MAX_YEAR}.`
  return value
}

/**
 * POST /api/editions/:id/clone { "year": 2026 }: next year's edition as a draft, started from this
 * one (see cloneEdition). Editors and admins only; one transaction.
 */
export const cloneEditionEndpoint: Endpoint = {
  path: '/:id/clone',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin') && !hasRole(req.user, 'editor')) {
      return answer(req.user ? 403 : 401, { errors: [{ message: 'Sign in as an editor or an admin to start a new edition.' }] })
    }
    const id = req.routeParams?.id
    const year = await requestedYear(req)
    if (typeof year === 'string') return answer(400, { errors: [{ message: year, field: 'year' }] })
    if (typeof id !== 'string' || id === '') return answer(400, { errors: [{ message: 'Name the edition to start from.' }] })

    const source = await req.payload.findByID({ collection: 'editions', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!source) return answer(404, { errors: [{ message: 'There is no edition with this id.' }] })
    const taken = await req.payload.count({ collection: 'editions', where: { year: { equals: year } }, req, overrideAccess: true })
    if (taken.totalDocs > 0) {
      return answer(422, { errors: [{ message: `There is already a ${year} edition.`, field: 'year' }] })
    }

    const ownsTransaction = await initTransaction(req)
    try {
      const result = await cloneEdition(req, source, year)
      if (ownsTransaction) await commitTransaction(req)
      return answer(201, {
        message: `${result.edition.name} was created as a draft with ${result.organizers} organizers and ${result.importantDates} important dates. It becomes current when an admin publishes it as current.`,
        doc: result.edition,
        copied: { organizers: result.organizers, importantDates: result.importantDates },
      })
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      const message = error instanceof Error ? error.message : String(error)
      req.payload.logger.error({ err: error }, 'cloning an edition failed')
      return answer(422, { errors: [{ message: `The edition could not be copied, and nothing was written: ${message}` }] })
    }
  },
}
