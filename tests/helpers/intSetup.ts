import type { TestProject } from 'vitest/node'

import { TEST_ADMIN } from './api'
import { createTestDatabase, type TestDatabaseKind } from './database'
import { runScript, startServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    databaseKind: TestDatabaseKind
    databaseUrl: string
    /** The server's own copy of the build (tests/helpers/buildCopy.ts). */
    distDir: string
  }
}

/**
 * One real server per database kind for the whole integration run: a fresh database, migrated
 * and seeded by the same script `npm start` uses, with the production build in front of it.
 */
export default async function setup(project: TestProject) {
  // The project's name says which database (int-sqlite, int-postgres, int-mongodb): the project's
  // `test.env` (TEST_DB) reaches its test files but not always this setup, which then ran the
  // PostgreSQL project against SQLite.
  const named = /^int-(sqlite|postgres|mongodb)$/.exec(project.name)?.[1]
  const kind = (named ?? process.env.TEST_DB ?? 'sqlite') as TestDatabaseKind
  const database = await createTestDatabase(kind, 'int')
  const env = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'integration-tests-only',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    MEDIA_DIR: `/tmp/syntagen-tests/media-${kind}-${process.pid}`,
    RATE_LIMIT_LOGIN: '1000',
    RATE_LIMIT_FORGOT_PASSWORD: '1000',
  }
  await runScript('scripts/seed.ts', env)
  const server = await startServer(env)
  project.provide('baseUrl', server.baseUrl)
  project.provide('databaseKind', kind)
  project.provide('databaseUrl', database.url)
  project.provide('distDir', server.distDir)
  return async () => {
    await server.stop()
    await database.drop()
  }
}
