import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_PUT, REST_POST } from '@payloadcms/next/routes'

import { guardRest } from '@/lib/api/guardRest'
import { rejectInvalidIntegrationKeys } from '@/lib/api/integrationKeys'

// Bad input is answered first (guardRest), then a revoked or unknown API key (401).
export const GET = guardRest(rejectInvalidIntegrationKeys(config, REST_GET(config)), config)
export const POST = guardRest(rejectInvalidIntegrationKeys(config, REST_POST(config)), config)
export const DELETE = guardRest(rejectInvalidIntegrationKeys(config, REST_DELETE(config)), config)
export const PATCH = guardRest(rejectInvalidIntegrationKeys(config, REST_PATCH(config)), config)
export const PUT = guardRest(rejectInvalidIntegrationKeys(config, REST_PUT(config)), config)
export const OPTIONS = REST_OPTIONS(config)
