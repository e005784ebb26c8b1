/**
 * SQLite lets one connection write at a time, and libsql's bindings are synchronous: a connection
 * that waits for the write lock (its `busy_timeout`) blocks the whole event loop while it waits. When
 * the lock is held by another transaction of this same process, that transaction can never finish,
 * because finishing needs the event loop; the waiter gives up after the timeout and the write fails
 * with "database is locked". Four concurrent REST creates were enough (one succeeded, three answered
 * 503 after 5, 10 and 15 s of a frozen server). So writers of this process take turns here, waiting
 * with promises, and only ever meet SQLite's own lock when another process writes.
 */
export class WriteTurns {
  private taken = false
  private readonly waiting: Array<() => void> = []

  constructor(private readonly timeoutMs: number) {}

  /** Waits for this process's turn to write; the returned function ends the turn (once). */
  take(): Promise<() => void> {
    if (!this.taken) {
      this.taken = true
      return Promise.resolve(this.endTurn())
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.endTurn())
      }
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(grant)
        if (index >= 0) this.waiting.splice(index, 1)
        reject(busyError(this.timeoutMs))
      }, this.timeoutMs)
      this.waiting.push(grant)
    })
  }

  /** Writers waiting for their turn, for /healthz-style diagnostics and tests. */
  get queued(): number {
    return this.waiting.length
  }

  private endTurn(): () => void {
    let ended = false
    return () => {
      if (ended) return
      ended = true
      const next = this.waiting.shift()
      if (next) next()
      else this.taken = false
    }
  }
}

/** The error SQLite itself gives, so lib/databaseErrors.ts answers it as "busy" (503, Retry-After). */
function busyError(timeoutMs: number): Error {
  const error = new Error(`database is locked: waited ${timeoutMs} ms for another write to finish`)
  return Object.assign(error, { code: 'SQLITE_BUSY' })
}

const READ_ONLY = /^\s*(?:select\b|explain\b|pragma\s+\w+\s*;?\s*$)/i

/** Whether a statement outside a transaction can change the database (and so needs a turn). */
export function isWriteStatement(sql: string): boolean {
  return !READ_ONLY.test(sql)
}
