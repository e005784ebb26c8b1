import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { DatabaseAdapterObj } from 'payload'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from '../collections'
import { MEDIA_MAX_BYTES } from '../collections/Media'
import { databaseKind, databaseUrl } from './lib/database'
import { payloadSecret } from './lib/secret'
import { ADMIN_TIME_ZONES } from './lib/timeZones'

const dirname = path.dirname(fileURLToPath(import.meta.url))

function databaseAdapter(): DatabaseAdapterObj {
  const url = databaseUrl()
  switch (databaseKind(url)) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url },
        idType: 'uuid',
        push: false,
        busyTimeout: 5_000,
        // Without transactionOptions the SQLite adapter runs without transactions, and a write
        // whose hook fails half way would stay half-written.
        transactionOptions: {},
        migrationDir: path.resolve(dirname, 'migrations/sqlite'),
      })
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
    components: {
      graphics: { Logo: '/../admin/graphics/Logo#Logo', Icon: '/../admin/graphics/Icon#Icon' },
      beforeDashboard: ['/../admin/dashboard/EditionOverview#EditionOverview'],
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
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql'),
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
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
