/**
 * `npm run import:openreview -- --venue <venue id> [--token <token>] [--edition <year>] [--publish] [--dry-run]`
 * fetches a venue's accepted papers from the OpenReview API v2 (content.venueid=<venue id>) and
 * imports them into the database DATABASE_URL names, through the same pipeline as
 * POST /api/papers/import?format=openreview. Re-running it updates papers and never duplicates them.
 * Signs the writes as the first admin (or ADMIN_EMAIL). Needs the network; the tests use fixtures.
 */
import { getPayload } from 'payload'

const USAGE =
  'Usage: npm run import:openreview -- --venue <venue id> [--token <token>] [--edition <year>] [--publish] [--dry-run]'

type Options = { venue: string; token?: string; edition?: string; publish: boolean; dryRun: boolean }

function parseArguments(args: string[]): Options {
  const options: Partial<Options> = { publish: false, dryRun: false }
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]
    const next = () => {
      const value = args[(index += 1)]
      if (!value) throw new Error(`${arg} needs a value. ${USAGE}`)
      return value
    }
    if (arg === '--') continue
    else if (arg === '--venue') options.venue = next()
    else if (arg === '--token') options.token = next()
    else if (arg === '--edition') options.edition = next()
    else if (arg === '--publish') options.publish = true
    else if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else throw new Error(`Unknown argument ${arg}. ${USAGE}`)
  }
  if (!options.venue) throw new Error(`--venue is required, e.g. thecvf.com/CVPR/2025/Workshop/SyntaGen. ${USAGE}`)
  return options as Options
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2))
  const { fetchOpenReviewNotes } = await import('../src/lib/import/openReview')
  console.log(`› Fetching the accepted papers of ${options.venue} from OpenReview…`)
  const notes = await fetchOpenReviewNotes(options.venue, options.token ?? process.env.OPENREVIEW_TOKEN)
  console.log(`  ${notes.notes.length} notes.`)

  // As scripts/seed.ts: evaluate lexical on its own before the config (a Node 20 top-level-await hang).
  await import('@payloadcms/richtext-lexical/lexical')
  const { default: config } = await import('../src/payload.config')
  const { createLocalReq } = await import('payload')
  const { runImport } = await import('../src/lib/import/run')
  const payload = await getPayload({ config })
  try {
    const email = process.env.ADMIN_EMAIL
    const { docs } = await payload.find({
      collection: 'users',
      where: email ? { email: { equals: email } } : { roles: { contains: 'admin' } },
      limit: 1,
      sort: 'createdAt',
    })
    const user = docs[0]
    if (!user) throw new Error('No admin account to sign the import with: create one first (npm start, then /admin).')
    const report = await runImport({
      req: await createLocalReq({ user }, payload),
      collection: 'papers',
      body: new TextEncoder().encode(JSON.stringify(notes)),
      contentType: 'application/json',
      format: 'openreview',
      edition: options.edition,
      status: options.publish ? 'published' : 'draft',
      dryRun: options.dryRun,
    })
    const verb = options.dryRun ? 'would be ' : ''
    console.log(
      `› ${report.created} ${verb}created, ${report.updated} ${verb}updated, ${report.unchanged} unchanged, ${report.errors.length} errors.`,
    )
    for (const error of report.errors) console.log(`  row ${error.row}${error.field ? ` (${error.field})` : ''}: ${error.message}`)
    if (!options.dryRun && report.created + report.updated > 0) {
      console.log('  A running server shows the change after its next publish, or after a restart.')
    }
    if (report.errors.length > 0) process.exitCode = 1
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
