import type { AfterErrorHook, Payload, PayloadRequest } from 'payload'

/**
 * When the database is unreachable, a write cannot succeed however it is retried by the client
 * right now: that is a 503 with a message, not Payload's "Something went wrong." 500. The site's
 * published pages keep coming from the page cache meanwhile, and /healthz reports the outage.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now. Nothing was saved; try again in a moment.'
export const DATABASE_BUSY_MESSAGE = 'The database is busy. Nothing was saved; try again in a moment.'

// Connection-level failures: the network (node), PostgreSQL's connection classes 08 and 57P0x
// (shutdown, cannot connect now), 53300 (too many connections), 3D000 (the database is gone), and
// node-postgres's own messages.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300', '3D000'])
const UNAVAILABLE_MESSAGES =
  /connection terminated|terminating connection|timeout exceeded when trying to connect|connection timeout|client has encountered a connection error|Connection terminated unexpectedly|server closed the connection|the database system is (?:starting up|shutting down)|is not currently accepting connections|too many (?:connections|clients)|remaining connection slots|\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)\b/i
// Payload rethrows a failed BEGIN as a new Error with the driver's message and without its code or
// cause ("cannot begin transaction: connect ECONNREFUSED …"). BEGIN fails only when the database
// cannot be reached or used, never because of what was sent.
const BEGIN_FAILED = /cannot begin transaction/i
const BUSY = /SQLITE_BUSY|database is locked/i

export type DatabaseFailure = 'unavailable' | 'busy'

/** Looks through an error and its causes (drizzle wraps the driver's error) for a connection failure. */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    const text = typeof message === 'string' ? message : ''
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return 'unavailable'
    if (UNAVAILABLE_MESSAGES.test(text)) return 'unavailable'
    if (code === 'SQLITE_BUSY' || BUSY.test(text)) return 'busy'
    if (BEGIN_FAILED.test(text)) return 'unavailable'
    current = cause
  }
  return undefined
}

/**
 * Payload's JWT strategy logs a failed user lookup and carries on anonymously, so with the database
 * down a signed-in write ends as a 403. A 403 for a request that carried credentials is checked
 * against the database once: if it is unreachable, that is the real answer.
 */
async function hiddenDatabaseFailure(error: Error, req: PayloadRequest): Promise<DatabaseFailure | undefined> {
  if ((error as { status?: unknown }).status !== 403) return undefined
  const headers = req.headers
  if (!headers?.get('authorization') && !/(?:^|;\s*)payload-token=/.test(headers?.get('cookie') ?? '')) return undefined
  try {
    await req.payload.db.findOne({ collection: 'users', where: {} })
    return undefined
  } catch (lookupError) {
    return databaseFailure(lookupError)
  }
}

/** Payload's root afterError hook: REST answers 503 with a message; GraphQL errors carry 503. */
export const databaseUnavailableError: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const failure = databaseFailure(error) ?? (await hiddenDatabaseFailure(error, req))
  if (!failure) return
  const message = failure === 'busy' ? DATABASE_BUSY_MESSAGE : DATABASE_UNAVAILABLE_MESSAGE
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  return { status: 503, response: { errors: [{ message }] } }
}

/**
 * node-postgres emits 'error' on the pool when an idle connection dies (the database restarted,
 * a proxy cut it); with no listener that event ends the process. The pool opens new connections
 * on the next query, so logging is all there is to do.
 */
export function keepPoolAlive(payload: Payload): void {
  const pool = (payload.db as { pool?: { on(event: 'error', listener: (error: Error) => void): unknown } }).pool
  pool?.on('error', (error) => payload.logger.warn({ err: error }, 'an idle database connection was lost; new ones open on demand'))
}
