import type { TestProject } from 'vitest/node'

import { TEST_ADMIN } from './api'
import { runScript, startServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string
  }
}

/**
 * The browser tests run against the production build that scripts/test.sh made from the same
 * seeded SQLite database (E2E_DATABASE_URL), so prerendered pages and the data agree.
 * With E2E_BASE_URL set, they run against that server instead (e.g. a dev server).
 */
export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    project.provide('e2eBaseUrl', process.env.E2E_BASE_URL)
    return
  }
  const databaseUrl = process.env.E2E_DATABASE_URL
  if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the browser tests through `npm test`.')
  const env = {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'e2e-tests-only',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    MEDIA_DIR: process.env.E2E_MEDIA_DIR,
    RATE_LIMIT_LOGIN: '1000',
    RATE_LIMIT_FORGOT_PASSWORD: '1000',
  }
  // The build's database is migrated and seeded already; this adds the tests' admin (idempotent).
  await runScript('scripts/seed.ts', env)
  const server = await startServer(env)
  project.provide('e2eBaseUrl', server.baseUrl)
  return async () => {
    await server.stop()
  }
}
