import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/lib/api/guardGraphql'
import { rejectInvalidIntegrationKeys } from '@/lib/api/integrationKeys'

const graphql = guardGraphql(rejectInvalidIntegrationKeys(config, GRAPHQL_POST(config)))

export const POST = graphql
// graphql-http (under Payload's handler) answers GET per GraphQL over HTTP: queries only, from
// `?query=&variables=`, and 405 for a mutation. GET makes a query cacheable by URL (src/lib/apiCache.ts).
export const GET = graphql
export const OPTIONS = REST_OPTIONS(config)
