/**
 * Brings the database to the current schema and, on a new database, loads the SyntaGen content.
 * Runs in its own process before the server starts (the server must not load the Payload config).
 */
import { mkdirSync } from 'node:fs'

import { getPayload } from 'payload'

import { databaseUrl, sqliteDirectory } from '../src/lib/database'

async function prepare(): Promise<void> {
  const directory = sqliteDirectory(databaseUrl())
  if (directory) mkdirSync(directory, { recursive: true })

  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    if (payload.db.name !== 'mongoose') await payload.db.migrate()
    const { seed } = await import('../src/seed')
    const { ensureFirstAdmin } = await import('../src/seed/firstAdmin')
    const log = (line: string) => payload.logger.info(line)
    const result = await seed(payload, { log })
    if (!result.seeded) log('Database already has content: not seeding (npm run seed -- --reset re-seeds).')
    await ensureFirstAdmin(payload, log)
  } finally {
    await payload.destroy()
  }
}

prepare().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('Preparing the database failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
