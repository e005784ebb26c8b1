import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type TestDatabase = { kind: TestDatabaseKind; url: string; drop(): Promise<void> }

/** The PostgreSQL server on this machine (trust auth); override with TEST_POSTGRES_URL. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** A new, empty database of the given kind, and how to get rid of it. */
export async function createTestDatabase(kind: TestDatabaseKind, label = 'test'): Promise<TestDatabase> {
  const name = `syntagen_${label}_${randomBytes(4).toString('hex')}`
  switch (kind) {
    case 'sqlite': {
      const directory = path.join(tmpdir(), 'syntagen-tests')
      mkdirSync(directory, { recursive: true })
      const file = path.join(directory, `${name}.db`)
      return {
        kind,
        url: `file:${file}`,
        drop: async () => {
          for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
        },
      }
    }
    case 'postgres': {
      await withPostgresAdmin((client) => client.query(`CREATE DATABASE "${name}"`))
      const url = new URL(POSTGRES_ADMIN_URL)
      url.pathname = `/${name}`
      return {
        kind,
        url: url.toString(),
        drop: async () => {
          await withPostgresAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
        },
      }
    }
    case 'mongodb': {
      const base = process.env.TEST_MONGODB_URL
      if (!base) throw new Error('TEST_MONGODB_URL is not set: the MongoDB tests need a MongoDB server (replica set).')
      const url = new URL(base)
      url.pathname = `/${name}`
      return {
        kind,
        url: url.toString(),
        drop: async () => {
          const { MongoClient } = await import('mongodb')
          const client = new MongoClient(url.toString())
          await client.db().dropDatabase()
          await client.close()
        },
      }
    }
  }
}

export async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
