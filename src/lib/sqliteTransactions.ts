import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'

import { isWriteStatement, WriteTurns } from './sqliteWriteTurns'

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** `file:./data/x.db`, `file:/abs/x.db`, `file:///abs/x.db` → the path SQLite opens. */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:(\/\/(?=\/))?/, '')
  return decodeURIComponent(path.split('?', 1)[0] ?? path)
}

/** Idle connections kept for the next transactions; more are opened only while more run at once. */
const MAX_IDLE_CONNECTIONS = 8

/**
 * Transactions on a small set of reused SQLite connections.
 *
 * @libsql/client 0.14 hands each transaction the client's connection and opens a new one for the
 * client (lib-esm/sqlite3.js, `transaction()`), and libsql 0.4 frees neither the memory nor the
 * file descriptor of a connection, closed or not. Payload runs every write in a transaction, so
 * every write cost a connection: 2,000 paper creates grew the process by 4.5 GB while the
 * JavaScript heap stayed at 90 MB, and about 16,000 writes exhaust the file descriptors
 * (npm run bench:memory). The fresh connections also lacked the `PRAGMA busy_timeout` the
 * adapter sets once at connect, so after the first write a second writer failed with SQLITE_BUSY
 * at once instead of waiting its turn. Here a transaction borrows an idle connection (opened, with
 * the busy timeout, only when none is idle) and gives it back when it commits or rolls back.
 *
 * Writers also take turns (lib/sqliteWriteTurns.ts): a write transaction, and a write statement
 * run outside one, first waits, without blocking the event loop, for this process's other writes
 * to finish, up to `writeWaitMs`.
 */
export function reuseTransactionConnections(client: Client, filePath: string, options: { busyTimeoutMs: number; writeWaitMs: number }): void {
  const { busyTimeoutMs } = options
  const turns = new WriteTurns(options.writeWaitMs)
  takeTurnsOutsideTransactions(client, turns)
  const idle: Database.Database[] = []
  const open = () => {
    const connection = new Database(filePath)
    connection.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.round(busyTimeoutMs))}`)
    return connection
  }
  const giveBack = (connection: Database.Database) => {
    if (!connection.open) return
    if (connection.inTransaction) connection.exec('ROLLBACK')
    if (idle.length < MAX_IDLE_CONNECTIONS && !idle.includes(connection)) idle.push(connection)
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    // A deferred transaction becomes a writer at its first write, so it takes a turn too.
    const endTurn = mode === 'read' ? () => {} : await turns.take()
    const connection = idle.pop() ?? open()
    try {
      connection.exec(BEGIN[mode])
    } catch (error) {
      giveBack(connection)
      endTurn()
      throw error
    }
    const transaction = new Sqlite3Transaction(connection, 'number')
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      giveBack(connection)
      endTurn()
    }
    const commit = transaction.commit.bind(transaction)
    const rollback = transaction.rollback.bind(transaction)
    transaction.commit = async () => {
      try {
        await commit()
      } finally {
        end()
      }
    }
    transaction.rollback = async () => {
      if (ended) return
      try {
        await rollback()
      } finally {
        end()
      }
    }
    transaction.close = end
    return transaction
  }
}

/** Statements on the client's own connection that write (a hook writing without `req`, the jobs queue) take a turn as well. */
function takeTurnsOutsideTransactions(client: Client, turns: WriteTurns): void {
  const inTurn = async <T>(writes: boolean, run: () => Promise<T>): Promise<T> => {
    if (!writes) return run()
    const endTurn = await turns.take()
    try {
      return await run()
    } finally {
      endTurn()
    }
  }
  const sqlOf = (statement: InStatement): string => (typeof statement === 'string' ? statement : statement.sql)
  const execute = client.execute.bind(client) as (statement: InStatement, args?: InArgs) => Promise<ResultSet>
  const batch = client.batch.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const migrate = client.migrate.bind(client)
  client.execute = ((statement: InStatement, args?: InArgs) =>
    inTurn(isWriteStatement(sqlOf(statement)), () => execute(statement, args))) as Client['execute']
  client.batch = (statements, mode) =>
    inTurn(mode !== 'read' && statements.some((statement) => isWriteStatement(sqlOf(statement))), () => batch(statements, mode))
  client.executeMultiple = (sql) => inTurn(true, () => executeMultiple(sql))
  client.migrate = (statements) => inTurn(true, () => migrate(statements))
}
