import { describe, expect, it } from 'vitest'

import { databaseKind, sqliteDirectory } from '../../src/lib/database'

describe('databaseKind', () => {
  it('picks the adapter from DATABASE_URL', () => {
    expect(databaseKind('file:./data/syntagen.db')).toBe('sqlite')
    expect(databaseKind('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres')
    expect(databaseKind('postgresql://u:p@db/x')).toBe('postgres')
    expect(databaseKind('mongodb://mongo:27017/syntagen?replicaSet=rs0')).toBe('mongodb')
  })
  it('refuses anything else with a message that names the choices', () => {
    expect(() => databaseKind('mysql://root@localhost/x')).toThrow(/file: \(SQLite\), postgres:\/\/ .* mongodb:\/\//)
  })
  it('finds the folder of a SQLite file', () => {
    expect(sqliteDirectory('file:/tmp/x/y.db')).toBe('/tmp/x')
    expect(sqliteDirectory('postgres://h/db')).toBeUndefined()
  })
})
