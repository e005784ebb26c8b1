/**
 * A portal with an empty database: migrations and the first admin (ADMIN_EMAIL/ADMIN_PASSWORD),
 * no content. Run by tests that import into an empty portal (scripts/seed.ts would seed it).
 */
import { getPayload } from 'payload'

async function main(): Promise<void> {
  // Evaluated first, on its own, for the reason scripts/seed.ts gives.
  await import('@payloadcms/richtext-lexical/lexical')
  const { default: config } = await import('../../src/payload.config')
  const { ensureFirstAdmin } = await import('../../src/seed/firstAdmin')
  const payload = await getPayload({ config })
  try {
    if (payload.db.name !== 'mongoose') await payload.db.migrate()
    await ensureFirstAdmin(payload, (line) => console.log(line))
  } finally {
    await payload.destroy()
  }
}

let finished = false
process.once('beforeExit', () => {
  if (!finished) process.exit(1)
})
main().then(
  () => {
    finished = true
    process.exit(0)
  },
  (error: unknown) => {
    finished = true
    console.error(error)
    process.exit(1)
  },
)
