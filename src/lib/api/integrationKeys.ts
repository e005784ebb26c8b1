/**
 * API keys for integrations (collections/Integrations). Payload authenticates a key itself, but
 * an unknown or revoked key simply leaves the request anonymous; integrators expect a 401 instead,
 * so a broken key is noticed rather than silently reading less. This check sits in front of
 * Payload's REST and GraphQL route handlers.
 */
import type { SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

export const INTEGRATIONS_COLLECTION = 'integrations'
export const INTEGRATION_KEY_PREFIX = `${INTEGRATIONS_COLLECTION} API-Key `

export function presentsIntegrationKey(authorization: string | null | undefined): boolean {
  return Boolean(authorization?.startsWith(INTEGRATION_KEY_PREFIX))
}

function unauthorized(): Response {
  return Response.json(
    { errors: [{ message: 'This API key is not valid: it was revoked or never existed. Ask an admin for a new key.' }] },
    { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'API-Key realm="integrations"' } },
  )
}

type RouteHandler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/** Wraps a route handler: a request presenting an integration key that does not authenticate gets 401. */
export function rejectInvalidIntegrationKeys<Args extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RouteHandler<Args>,
): RouteHandler<Args> {
  return async (request, ...args) => {
    if (presentsIntegrationKey(request.headers.get('authorization'))) {
      const payload = await getPayload({ config })
      const { user } = await payload.auth({ headers: request.headers })
      const integration = user as { collection?: string; active?: boolean | null } | null
      if (integration?.collection !== INTEGRATIONS_COLLECTION || integration.active === false) return unauthorized()
    }
    return handler(request, ...args)
  }
}
