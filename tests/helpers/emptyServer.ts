import { TEST_ADMIN } from './api'
import { createTestDatabase, type TestDatabaseKind } from './database'
import { type RunningServer, runScript, startServer } from './server'

export type EmptyPortal = { baseUrl: string; databaseUrl: string; server: RunningServer; stop(): Promise<void> }

/** A second real server, on a new database of the same kind with no content, only the test admin. */
export async function startEmptyPortal(kind: TestDatabaseKind, extraEnv: Record<string, string> = {}): Promise<EmptyPortal> {
  const database = await createTestDatabase(kind, 'empty')
  const env = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'integration-tests-only',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    MEDIA_DIR: `/tmp/syntagen-tests/media-empty-${kind}-${process.pid}`,
    RATE_LIMIT_LOGIN: '1000',
    ...extraEnv,
  }
  await runScript('tests/helpers/migrateOnly.ts', env)
  const server = await startServer(env)
  return {
    baseUrl: server.baseUrl,
    databaseUrl: database.url,
    server,
    stop: async () => {
      await server.stop()
      await database.drop()
    },
  }
}
