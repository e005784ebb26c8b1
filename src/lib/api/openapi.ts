/**
 * /api/openapi.json: the OpenAPI 3.1 document of the REST API, generated from the collections by
 * payload-oapi, then adjusted to how this API is really called:
 * - reads are anonymous or use an integration's key (`Authorization: integrations API-Key <key>`);
 * - writes need a staff session (`Authorization: JWT <token>` from POST /api/users/login).
 * payload-oapi's own plugin would also mount an OAuth password endpoint that logs in outside the
 * login rate limit (src/lib/rateLimits.ts), so only its generator is used here.
 */
import type { OpenAPIV3_1 } from 'openapi-types'
import type { Endpoint, PayloadRequest } from 'payload'
import { generateV31Spec } from 'payload-oapi/dist/openapi/generators.js'

import { configuredSiteUrl } from '../siteUrl'
import { INTEGRATIONS_COLLECTION } from './integrationKeys'
import { renderReference } from './reference'

const PAYLOAD_SCHEME = 'ApiKey'
export const INTEGRATION_SCHEME = 'IntegrationKey'
export const STAFF_SCHEME = 'StaffToken'

const DESCRIPTION = `The REST API of the SyntaGen workshop portal: editions, speakers, sessions, papers, organizers, important dates.

Anyone may read published documents without credentials. Integrations send \`Authorization: integrations API-Key <key>\` (keys are issued by the organizers); a key reads exactly what an anonymous visitor reads, and a revoked key gets 401. Writing needs an organizer's session.

Lists return at most 100 documents per page (\`limit\` above 100 is clamped to 100) and populate relations at most 3 levels deep (\`depth\` above 3 is clamped to 3); over-cap values are never an error.

Anonymous and key reads carry an \`ETag\`; send it back in \`If-None-Match\` to get 304 while nothing was published. GraphQL lives at \`/api/graphql\` (POST, or GET for queries).`

type Operation = OpenAPIV3_1.OperationObject
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

type Security = OpenAPIV3_1.SecurityRequirementObject[]
const ANONYMOUS_OR_KEY: Security = [{}, { [INTEGRATION_SCHEME]: [] }]
const STAFF_ONLY: Security = [{ [STAFF_SCHEME]: [] }]
/** Accounts are staff business, whatever the method (login and the like are public, see below). */
const STAFF_PATHS = /^\/api\/users(?:\/|$)/

/**
 * Payload's generator cannot evaluate access functions that read the request (ours all do), so it
 * marks nearly everything as protected by its OAuth scheme. The real rule is simple: reads are
 * open (anonymously or with a key), writes and accounts need staff, and what the generator found
 * public (login, forgot-password) stays public.
 */
function adjustSecurity(path: string, method: (typeof METHODS)[number], operation: Operation): void {
  const generatedPublic = (operation.security ?? []).every((requirement) => !(PAYLOAD_SCHEME in requirement))
  if (STAFF_PATHS.test(path)) operation.security = generatedPublic ? [] : STAFF_ONLY
  else operation.security = method === 'get' || method === 'head' ? ANONYMOUS_OR_KEY : STAFF_ONLY
}

export async function buildOpenApiDocument(req: PayloadRequest): Promise<OpenAPIV3_1.Document> {
  const document = await generateV31Spec(req, {
    openapiVersion: '3.1',
    authEndpoint: '/users/login',
    apiBasePath: null,
    metadata: { title: 'SyntaGen portal API', version: '1.0.0', description: DESCRIPTION },
    filters: { hideInternalCollections: true, excludeCollections: [INTEGRATIONS_COLLECTION] },
  })
  // The document is cached by URL, so it names the configured address, never the request's Host;
  // without PUBLIC_URL, a relative server URL: wherever the document itself was fetched from.
  document.servers = [{ url: configuredSiteUrl() ?? '/' }]
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method]
      if (operation) adjustSecurity(path, method, operation)
    }
  }
  document.components = {
    ...document.components,
    securitySchemes: {
      [INTEGRATION_SCHEME]: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description:
          'An integration key, sent as `Authorization: integrations API-Key <key>`. Admins create, rotate and revoke keys under Admin → Integrations. Reads only; published documents only.',
      },
      [STAFF_SCHEME]: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: 'An organizer\'s session: `Authorization: JWT <token>`, the token from `POST /api/users/login`.',
      },
    },
  }
  return document
}

export const openApiEndpoints: Endpoint[] = [
  {
    path: '/openapi.json',
    method: 'get',
    handler: async (req) => Response.json(await buildOpenApiDocument(req)),
  },
  {
    path: '/docs',
    method: 'get',
    handler: async (req) =>
      new Response(renderReference(await buildOpenApiDocument(req)), {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
  },
]
