import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_DATABASE_URL = 'file:./data/syntagen.db'

/**
 * DATABASE_URL decides the adapter: unset or file: → SQLite (embedded default), postgres:// →
 * PostgreSQL, mongodb:// → MongoDB. Anything else is a configuration mistake worth stopping for.
 */
export function databaseKind(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB); got "${url.split(':')[0]}:".`,
  )
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL
}

/** The absolute path of a SQLite database, from its file: URL. */
export function sqliteFile(url: string): string {
  return path.resolve(/*turbopackIgnore: true*/ url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').split('?')[0] ?? '')
}

/** The folder a SQLite file lives in, so start-up can create it. */
export function sqliteDirectory(url: string): string | undefined {
  return url.startsWith('file:') ? path.dirname(sqliteFile(url)) : undefined
}
