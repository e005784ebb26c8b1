import { describe, expect, it } from 'vitest'

import type { PayloadRequest } from 'payload'

import { databaseFailure, databaseUnavailableError } from '../../src/lib/databaseErrors'

function wrapped(cause: unknown): Error {
  // drizzle wraps the driver's error: "Failed query: …" with the driver's error as the cause
  return new Error('Failed query: select 1', { cause })
}

describe('databaseFailure', () => {
  it('finds a refused or dropped connection in the cause chain', () => {
    expect(databaseFailure(wrapped(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })))).toBe('unavailable')
    expect(databaseFailure(wrapped(new Error('Connection terminated unexpectedly')))).toBe('unavailable')
    expect(databaseFailure(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe('unavailable')
    expect(databaseFailure(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe('unavailable')
  })

  it('recognises a database that refuses connections, and a failed BEGIN that Payload rethrows without its cause', () => {
    const refusing = Object.assign(new Error('database "portal" is not currently accepting connections'), { code: '55000' })
    expect(databaseFailure(refusing)).toBe('unavailable')
    expect(databaseFailure(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe('unavailable')
    expect(databaseFailure(new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'))).toBe('unavailable')
    expect(databaseFailure(new Error(`Error: cannot begin transaction: ${refusing.message}`))).toBe('unavailable')
    expect(databaseFailure(new Error('Error: cannot begin transaction: database is locked'))).toBe('busy')
  })

  it('tells a busy SQLite file apart', () => {
    expect(databaseFailure(wrapped(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })))).toBe('busy')
  })

  it('leaves other errors alone', () => {
    expect(databaseFailure(new Error('The following field is invalid: title'))).toBeUndefined()
    expect(databaseFailure(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined()
    expect(databaseFailure(undefined)).toBeUndefined()
  })
})

describe('databaseUnavailableError', () => {
  const req = { headers: new Headers() } as unknown as PayloadRequest
  const args = { context: {}, req }

  it('turns a connection failure into a 503 with a message', async () => {
    const result = await databaseUnavailableError({ ...args, error: wrapped(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })) })
    expect(result).toEqual({ status: 503, response: { errors: [{ message: expect.stringMatching(/database is unavailable/) }] } })
  })

  it('never lets "database is locked" reach the client', async () => {
    const result = await databaseUnavailableError({ ...args, error: wrapped(new Error('database is locked')) })
    expect(JSON.stringify(result)).not.toMatch(/locked/)
    expect(result).toMatchObject({ status: 503 })
  })

  it('marks GraphQL errors 503', async () => {
    const result = await databaseUnavailableError({
      ...args,
      error: new Error('Connection terminated'),
      graphqlResult: { message: 'Something went wrong.', extensions: { statusCode: 500 } },
    })
    expect(result).toMatchObject({ graphqlResult: { extensions: { statusCode: 503 } } })
  })

  it('passes other errors through', async () => {
    expect(await databaseUnavailableError({ ...args, error: new Error('Not Found') })).toBeUndefined()
    const forbidden = Object.assign(new Error('You are not allowed to perform this action.'), { status: 403 })
    expect(await databaseUnavailableError({ ...args, error: forbidden })).toBeUndefined()
  })
})
