import { describe, expect, it } from 'vitest'

import { isWriteStatement, WriteTurns } from '../../src/lib/sqliteWriteTurns'

describe('WriteTurns', () => {
  it('gives turns one at a time, in the order they were asked for', async () => {
    const turns = new WriteTurns(1_000)
    const order: string[] = []
    const writer = async (name: string, ms: number) => {
      const endTurn = await turns.take()
      order.push(`${name} starts`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      order.push(`${name} ends`)
      endTurn()
    }
    await Promise.all([writer('a', 30), writer('b', 1), writer('c', 10)])
    expect(order).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends'])
    expect(turns.queued).toBe(0)
  })

  it('fails a writer that waited too long with SQLite’s own busy code, and serves the next one', async () => {
    const turns = new WriteTurns(50)
    const endFirst = await turns.take()
    const waited = turns.take()
    await expect(waited).rejects.toMatchObject({ code: 'SQLITE_BUSY', message: expect.stringContaining('database is locked') })
    expect(turns.queued).toBe(0)
    endFirst()
    const endNext = await turns.take()
    endNext()
  })

  it('ends a turn only once, however often its end is called', async () => {
    const turns = new WriteTurns(1_000)
    const endFirst = await turns.take()
    const second = turns.take()
    const third = turns.take()
    endFirst()
    endFirst()
    const endSecond = await second
    expect(turns.queued).toBe(1)
    endSecond()
    ;(await third)()
    const again = await turns.take()
    again()
  })
})

describe('isWriteStatement', () => {
  it.each([
    ['select * from papers', false],
    ['  SELECT 1', false],
    ['explain query plan select 1', false],
    ['PRAGMA journal_mode;', false],
    ['PRAGMA busy_timeout = 5000', true],
    ['insert into papers values (1)', true],
    ['update papers set title = ?', true],
    ['delete from papers', true],
    ['with x as (select 1) insert into t select * from x', true],
    ['BEGIN', true],
  ])('%s → %s', (sql, expected) => {
    expect(isWriteStatement(sql)).toBe(expected)
  })
})
