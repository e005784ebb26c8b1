import { randomBytes } from 'node:crypto'

import { request } from './api'

export type Integration = { id: string; key: string; headers: Record<string, string> }

export function keyHeaders(key: string): Record<string, string> {
  return { Authorization: `integrations API-Key ${key}` }
}

/** An integration with a fresh key, created by an admin through the REST API (as the admin panel does). */
export async function createIntegration(baseUrl: string, admin: Record<string, string>, name: string): Promise<Integration> {
  const key = randomBytes(24).toString('hex')
  const { status, body } = await request<{ doc: { id: string } }>(baseUrl, 'POST', '/api/integrations', {
    headers: admin,
    body: { name, enableAPIKey: true, apiKey: key, active: true },
  })
  if (status !== 201) throw new Error(`creating the integration failed with ${status}: ${JSON.stringify(body)}`)
  return { id: body.doc.id, key, headers: keyHeaders(key) }
}
