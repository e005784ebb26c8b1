import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { Client } from '@libsql/client'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { DatabaseAdapterObj } from 'payload'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from '../collections'
import { hasRole } from '../collections/access/roles'
import { richTextEditor } from '../collections/fields/richTextEditor'
import { MAX_GRAPHQL_COMPLEXITY, MEDIA_MAX_BYTES } from './lib/apiLimits'
import { openApiEndpoints } from './lib/api/openapi'
import { databaseKind, databaseUrl } from './lib/database'
import { hasDueJobs } from './lib/dueJobs'
import { databaseUnavailableError, keepPoolAlive } from './lib/databaseErrors'
import { emailAdapter } from './lib/email'
import { payloadSecret } from './lib/secret'
import { reuseTransactionConnections, sqliteFilePath } from './lib/sqliteTransactions'
import { ADMIN_TIME_ZONES } from './lib/timeZones'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Every five seconds (croner's six fields start with seconds): a scheduled publish is on time. */
const JOBS_CRON = '*/5 * * * * *'

const SQLITE_BUSY_TIMEOUT_MS = 5_000
/** How long a write waits for this process's other SQLite writes (an import's chunk, a publish) before a 503. */
const SQLITE_WRITE_WAIT_MS = 15_000

/** The SQLite adapter, with transactions on reused connections (lib/sqliteTransactions.ts). */
function withReusedTransactionConnections(url: string, adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const database = adapter.init(args)
      const connect = database.connect
      database.connect = async function connectAndCloseTransactions(this: typeof database, options) {
        await connect?.call(this, options)
        const { client } = this as unknown as { client?: Client }
        if (client && !patchedClients.has(client)) {
          reuseTransactionConnections(client, sqliteFilePath(url), { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, writeWaitMs: SQLITE_WRITE_WAIT_MS })
          patchedClients.add(client)
        }
      }
      return database
    },
  }
}

const patchedClients = new WeakSet<Client>()

function databaseAdapter(): DatabaseAdapterObj {
  const url = databaseUrl()
  switch (databaseKind(url)) {
    case 'sqlite':
      return withReusedTransactionConnections(url, sqliteAdapter({
        client: { url },
        idType: 'uuid',
        push: false,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        // Without transactionOptions the SQLite adapter runs without transactions, and a write
        // whose hook fails half way would stay half-written.
        transactionOptions: {},
        migrationDir: path.resolve(dirname, 'migrations/sqlite'),
      }))
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
        idType: 'uuid',
        push: false,
        migrationDir: path.resolve(dirname, 'migrations/postgres'),
      })
    case 'mongodb':
      // Transactions need a replica set; docker-compose.yml runs MongoDB as a one-node set.
      return mongooseAdapter({ url })
  }
}

export default buildConfig({
  serverURL: process.env.PUBLIC_URL ?? '',
  secret: payloadSecret(),
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · SyntaGen admin', description: 'Edit the SyntaGen workshop portal' },
    importMap: { baseDir: path.resolve(dirname) },
    // Initials drawn in the admin: Gravatar is a third-party request the CSP blocks.
    avatar: { Component: '/../admin/account/InitialsAvatar#InitialsAvatar' },
    components: {
      graphics: { Logo: '/../admin/graphics/Logo#Logo', Icon: '/../admin/graphics/Icon#Icon' },
      beforeDashboard: ['/../admin/dashboard/EditionOverview#EditionOverview'],
      views: {
        importFiles: { Component: '/../admin/importExport/ImportView#ImportView', path: '/import' },
      },
    },
    timezones: { supportedTimezones: ADMIN_TIME_ZONES, defaultTimezone: 'America/Los_Angeles' },
    // The edit view's live preview frames /preview, which checks the editor's session, turns on
    // Next's draft mode and redirects to the page that shows the document.
    livePreview: {
      url: ({ data, collectionConfig }) =>
        collectionConfig
          ? `/preview?collection=${collectionConfig.slug}&id=${encodeURIComponent(String(data?.id ?? ''))}`
          : '/preview?path=%2F',
      collections: ['editions', 'speakers', 'sessions', 'papers', 'important-dates', 'organizers', 'pages'],
      globals: ['site'],
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 740 },
        { label: 'Tablet', name: 'tablet', width: 820, height: 1080 },
        { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections,
  globals,
  // Scheduled publish and unpublish (collections/access/publishedContent.ts) queue jobs; this cron,
  // started with the server (src/lib/payload.ts, via /readyz), runs the ones that are due.
  jobs: {
    autoRun: [{ cron: process.env.JOBS_CRON ?? JOBS_CRON, queue: 'default', limit: 10 }],
    // Each tick first reads whether a job is due, and writes only then. Running the queue writes
    // (it claims jobs), and on SQLite a write every few seconds made concurrent requests' commits
    // fail now and then; Payload's commitTransaction swallows that (a login's session was lost).
    shouldAutoRun: hasDueJobs,
    access: { run: ({ req }) => hasRole(req.user, 'admin') },
  },
  editor: richTextEditor,
  email: emailAdapter(),
  endpoints: openApiEndpoints,
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql'),
    maxComplexity: MAX_GRAPHQL_COMPLEXITY,
    disablePlaygroundInProduction: true,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  hooks: { afterError: [databaseUnavailableError] },
  onInit: keepPoolAlive,
  plugins: [
    seoPlugin({
      collections: ['editions', 'papers', 'pages', 'speakers'],
      uploadsCollection: 'media',
      generateTitle: ({ doc }) => {
        const record = doc as { name?: string; title?: string }
        return `${record.title ?? record.name ?? 'SyntaGen'} · SyntaGen`
      },
    }),
  ],
})
