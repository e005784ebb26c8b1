/**
 * `npm run seed`, and the first step of `npm start`: migrate, load the first-run content into an
 * empty database, make sure there is a way to the first admin. `npm run seed -- --reset` deletes
 * all content (never users) first.
 */
import { mkdirSync } from 'node:fs'

import { getPayload } from 'payload'

import { databaseUrl, sqliteDirectory } from '../src/lib/database'

const USAGE = 'Usage: npm run seed [-- --reset]'

function parseArguments(args: string[]): { reset: boolean } {
  // `npx tsx scripts/seed.ts -- --reset` passes the `--` that `npm run seed -- --reset` swallows.
  const unknown = args.filter((arg) => arg !== '--reset' && arg !== '--')
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`${USAGE}\n  --reset  delete all editions, people, sessions, papers, dates, pages and media first`)
    process.exit(0)
  }
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}. ${USAGE}`)
  return { reset: args.includes('--reset') }
}

async function main(): Promise<void> {
  const { reset } = parseArguments(process.argv.slice(2))
  const started = performance.now()
  const directory = sqliteDirectory(databaseUrl())
  if (directory) mkdirSync(directory, { recursive: true })

  // Lexical's Node entry points wrap their code in a top-level `await import()`. Loaded all at once
  // through the config, Node 20 sometimes never settles that graph and the process just ends
  // (about one run in three here). Evaluating `lexical` first, on its own, avoids it.
  // https://github.com/nodejs/node/issues/55468 describes the same class of TLA deadlock.
  await import('@payloadcms/richtext-lexical/lexical')
  // Imported after the argument check: loading the config connects to the database.
  const { default: config } = await import('../src/payload.config')
  const { seed } = await import('../src/seed')
  const { ensureFirstAdmin } = await import('../src/seed/firstAdmin')
  const payload = await getPayload({ config })
  const log = (line: string) => console.log(`  ${line}`)
  try {
    // MongoDB has no schema to migrate; the SQL adapters run the committed migrations.
    if (payload.db.name !== 'mongoose') {
      console.log(`› Migrating the ${payload.db.name} database…`)
      await payload.db.migrate()
    }

    console.log(reset ? '› Deleting all content, then seeding…' : '› Seeding…')
    const result = await seed(payload, { reset, log })
    if (result.seeded) {
      const created = Object.entries(result.counts)
        .map(([collection, count]) => `${collection} ${count}`)
        .join(', ')
      console.log(`› Seeded: ${created}.`)
    } else {
      console.log('› The database already has content: nothing seeded. `npm run seed -- --reset` replaces it.')
    }

    await ensureFirstAdmin(payload, log)
    console.log(`› Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  } finally {
    await payload.destroy()
  }
}

// An import that never settles empties the event loop, and Node would then exit 0 as if seeding worked.
let finished = false
process.once('beforeExit', () => {
  if (finished) return
  console.error('Seeding failed: the process stopped before finishing (a module import never settled). Run it again.')
  process.exit(1)
})

main().then(
  () => {
    finished = true
    process.exit(0)
  },
  (error: unknown) => {
    finished = true
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
    // Validation errors list the fields: that is the part a person can act on.
    const data = (error as { data?: { errors?: { path?: string; message?: string }[] } } | null)?.data
    for (const field of data?.errors ?? []) console.error(`  ${field.path ?? '?'}: ${field.message ?? ''}`)
    process.exit(1)
  },
)
