import { payloadClient } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/**
 * Readiness: 200 once Payload (and its jobs queue) has started in this process, 503 while it
 * cannot. /healthz, answered by express, checks the database alone; this one goes through Next.
 * src/server.ts requests it as soon as it listens, so scheduled publishes run from the start.
 */
export async function GET(): Promise<Response> {
  try {
    await payloadClient()
    return Response.json({ status: 'ready' }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return Response.json({ status: 'starting', message: 'Payload could not start yet; see the server log.' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
