/**
 * `npm run bench:memory`: the server process's resident memory over 2,000 paper creates through
 * Payload's Local API on SQLite, next to 2,000 reads in the same process as the baseline. Each
 * create runs in a transaction; before src/lib/sqliteTransactions.ts every transaction kept a
 * libsql connection alive (4.5 GB after 2,000 creates, JavaScript heap flat at 90 MB).
 * Prints RSS every 500 operations and the growth per operation.
 */
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { ROOT, run } from './lib'

const WORK = path.join(ROOT, '.bench-work/sqlite-memory')
const OPERATIONS = Number(process.env.BENCH_MEMORY_OPERATIONS ?? 2000)
const ENV = {
  DATABASE_URL: `file:${WORK}/bench.db`,
  PAYLOAD_SECRET: 'bench-only',
  MEDIA_DIR: `${WORK}/media`,
  ADMIN_EMAIL: 'bench@syntagen.test',
  ADMIN_PASSWORD: 'bench-password-123',
  NODE_ENV: 'production',
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], ENV)
  Object.assign(process.env, ENV)
  // As scripts/seed.ts: evaluate lexical on its own before the config (a Node 20 top-level-await hang).
  await import('@payloadcms/richtext-lexical/lexical')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  const edition = await payload.create({
    collection: 'editions',
    data: { name: 'Bench 2077', year: 2077, conference: 'CVPR', timeZone: 'UTC', _status: 'published' },
    context: { disableRevalidate: true },
  })

  const measure = async (label: string, operation: (n: number) => Promise<unknown>) => {
    const start = rssMb()
    for (let n = 1; n <= OPERATIONS; n += 1) {
      await operation(n)
      if (n % 500 === 0) console.log(`  ${label} ${n}: ${rssMb().toFixed(0)} MB resident`)
    }
    return (rssMb() - start) / OPERATIONS
  }
  const reads = await measure('reads', () => payload.find({ collection: 'papers', limit: 1, depth: 0 }))
  const creates = await measure('creates', (n) =>
    payload.create({
      collection: 'papers',
      data: {
        title: `Memory paper ${n}`,
        slug: `memory-paper-${n}`,
        presentation: 'poster',
        award: 'none',
        track: 'full',
        authors: [{ name: 'Ann Author' }],
        abstract: 'We study synthetic data. '.repeat(30),
        edition: edition.id,
        _status: 'draft',
      },
      context: { disableRevalidate: true },
      depth: 0,
      draft: false,
    }),
  )
  console.log(`\nResident memory per operation, SQLite (${OPERATIONS} each):`)
  console.log(`  read    ${(reads * 1024).toFixed(1)} KB`)
  console.log(`  create  ${(creates * 1024).toFixed(1)} KB  (${(creates / Math.max(reads, 0.001)).toFixed(1)}× a read)`)
  process.exit(0)
}

void main()
