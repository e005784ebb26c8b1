import { existsSync } from 'node:fs'

import { databaseKind, databaseUrl, sqliteFile } from './database'

export type DatabaseHealth = { status: 'up' | 'down'; kind: string; latencyMs: number; error?: string }

export type DatabaseProbe = { check(): Promise<DatabaseHealth>; close(): Promise<void> }

const PROBE_TIMEOUT_MS = 2_000

/**
 * A probe with its own small connection, so /healthz answers without loading Payload into the
 * HTTP layer (importing the Payload config in server.ts breaks Next's AsyncLocalStorage).
 */
export async function createDatabaseProbe(url: string = databaseUrl()): Promise<DatabaseProbe> {
  const kind = databaseKind(url)
  const ping = await openPing(kind, url)
  return {
    async check() {
      const started = performance.now()
      try {
        await withTimeout(ping.run(), PROBE_TIMEOUT_MS)
        return { status: 'up', kind, latencyMs: Math.round(performance.now() - started) }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return { status: 'down', kind, latencyMs: Math.round(performance.now() - started), error: message }
      }
    },
    close: ping.close,
  }
}

type Ping = { run(): Promise<unknown>; close(): Promise<void> }

async function openPing(kind: ReturnType<typeof databaseKind>, url: string): Promise<Ping> {
  switch (kind) {
    case 'sqlite': {
      const { createClient } = await import('@libsql/client')
      const file = sqliteFile(url)
      let client: ReturnType<typeof createClient> | undefined
      return {
        run: async () => {
          // Opening a missing file would create an empty database; a missing file is simply down.
          if (!existsSync(file)) throw new Error(`database file ${file} not found`)
          client ??= createClient({ url })
          // A table Payload's first migration creates: an empty or foreign file counts as down.
          return client.execute('SELECT count(*) FROM payload_migrations')
        },
        close: async () => client?.close(),
      }
    }
    case 'postgres': {
      const { default: pg } = await import('pg')
      const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS })
      pool.on('error', () => undefined) // a dropped idle connection shows up as 'down' on the next check
      return { run: () => pool.query('SELECT 1'), close: () => pool.end() }
    }
    case 'mongodb': {
      const { MongoClient } = await import('mongodb')
      const client = new MongoClient(url, { serverSelectionTimeoutMS: PROBE_TIMEOUT_MS })
      return { run: () => client.db().command({ ping: 1 }), close: () => client.close() }
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
