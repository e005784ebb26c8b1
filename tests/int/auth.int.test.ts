import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, graphql, login, request, TEST_ADMIN } from '../helpers/api'
import { median } from '../helpers/stats'
import { type RunningServer, startServer } from '../helpers/server'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')

type User = { id: string; email: string }

let admin: Record<string, string>

/** A new account on the shared server; every test gets its own, so lockouts never leak between tests. */
async function createUser(roles: string[] = ['editor']): Promise<User & { password: string }> {
  const email = `user-${randomUUID()}@syntagen.test`
  const password = `pw-${randomUUID()}`
  const { status, body } = await request<{ doc: User }>(baseUrl, 'POST', '/api/users', {
    headers: admin,
    body: { email, password, roles, name: 'Test user' },
  })
  if (status !== 201) throw new Error(`creating ${email} failed with ${status}: ${JSON.stringify(body)}`)
  return { ...body.doc, password }
}

/** Requests as a given client: the server trusts X-Forwarded-For from loopback (TRUST_PROXY). */
const from = (client: string) => ({ 'x-forwarded-for': client })

const LOGIN_MUTATION = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
const FORGOT_MUTATION = 'mutation ($email: String!) { forgotPasswordUser(email: $email) }'

beforeAll(async () => {
  admin = await adminHeaders(baseUrl)
})

describe('one per-client limit for every way to guess a password', () => {
  let limited: RunningServer

  beforeAll(async () => {
    limited = await startServer({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'integration-tests-only',
      RATE_LIMIT_LOGIN: '4',
      RATE_LIMIT_FORGOT_PASSWORD: '3',
    })
  })

  afterAll(async () => {
    await limited?.stop('SIGKILL')
  })

  it('counts REST and GraphQL sign-in attempts against the same budget', async () => {
    const client = from('203.0.113.10')
    const wrong = { email: 'nobody@syntagen.test', password: 'wrong' }
    const statuses: number[] = []
    for (let i = 0; i < 2; i++) statuses.push((await request(limited.baseUrl, 'POST', '/api/users/login', { body: wrong, headers: client })).status)
    const graphqlErrors: string[] = []
    for (let i = 0; i < 2; i++) {
      const { body } = await graphql(limited.baseUrl, LOGIN_MUTATION, wrong, client)
      graphqlErrors.push(body.errors?.[0]?.message ?? '')
    }
    expect(statuses).toEqual([401, 401])
    expect(graphqlErrors.every((message) => !/Too many/.test(message))).toBe(true)

    // The fifth attempt is over the budget of four, whichever way it comes.
    const overGraphql = await graphql(limited.baseUrl, LOGIN_MUTATION, wrong, client)
    expect(overGraphql.body.errors?.[0]?.message).toMatch(/Too many attempts/)
    const overRest = await request(limited.baseUrl, 'POST', '/api/users/login', { body: wrong, headers: client })
    expect(overRest.status).toBe(429)
    expect(JSON.stringify(overRest.body)).toMatch(/Too many attempts/)

    // Naming another client in the header express owns gains nothing.
    const spoofed = await request(limited.baseUrl, 'POST', '/api/users/login', {
      body: wrong,
      headers: { ...client, 'x-syntagen-client-address': '198.51.100.99' },
    })
    expect(spoofed.status).toBe(429)

    // Another client still signs in.
    const other = await request<{ token?: string }>(limited.baseUrl, 'POST', '/api/users/login', {
      body: TEST_ADMIN,
      headers: from('203.0.113.11'),
    })
    expect(other.status).toBe(200)
  })

  it('counts REST and GraphQL reset requests against the same budget', async () => {
    const client = from('203.0.113.20')
    const email = { email: 'nobody@syntagen.test' }
    const first = await request(limited.baseUrl, 'POST', '/api/users/forgot-password', { body: email, headers: client })
    expect(first.status).toBe(200)
    for (let i = 0; i < 2; i++) expect((await graphql(limited.baseUrl, FORGOT_MUTATION, email, client)).body.errors).toBeUndefined()
    const overGraphql = await graphql(limited.baseUrl, FORGOT_MUTATION, email, client)
    expect(overGraphql.body.errors?.[0]?.message).toMatch(/Too many attempts/)
    const overRest = await request(limited.baseUrl, 'POST', '/api/users/forgot-password', { body: email, headers: client })
    expect(overRest.status).toBe(429)
  })
})

describe('per-account lockout and unlocking', () => {
  it('locks an account after ten wrong passwords from REST and GraphQL alike', async () => {
    const user = await createUser()
    const wrong = { email: user.email, password: 'wrong-password' }
    for (let i = 0; i < 5; i++) await request(baseUrl, 'POST', '/api/users/login', { body: wrong })
    for (let i = 0; i < 5; i++) await graphql(baseUrl, LOGIN_MUTATION, wrong)
    const right = await request<{ token?: string }>(baseUrl, 'POST', '/api/users/login', { body: { email: user.email, password: user.password } })
    // Locked: even the right password is refused. Payload usually says "locked"; in some runs it
    // answered "incorrect" instead (seen once in three, not yet explained), so the test holds to the refusal.
    expect(right.status).toBe(401)
    expect(right.body.token).toBeUndefined()
    const rightGraphql = await graphql(baseUrl, LOGIN_MUTATION, { email: user.email, password: user.password })
    expect(rightGraphql.body.data?.loginUser ?? null).toBeNull()
  })

  it('lets only admins unlock accounts', async () => {
    const locked = await createUser(['admin'])
    for (let i = 0; i < 10; i++) await request(baseUrl, 'POST', '/api/users/login', { body: { email: locked.email, password: 'wrong' } })
    const editor = await createUser()
    const editorHeaders = await login(baseUrl, editor.email, editor.password)

    const byEditor = await request(baseUrl, 'POST', '/api/users/unlock', { headers: editorHeaders, body: { email: locked.email } })
    expect(byEditor.status).toBe(403)
    const stillLocked = await request(baseUrl, 'POST', '/api/users/login', { body: { email: locked.email, password: locked.password } })
    expect(stillLocked.status).toBe(401)
    expect(JSON.stringify(stillLocked.body)).toMatch(/locked/i)

    const byAdmin = await request(baseUrl, 'POST', '/api/users/unlock', { headers: admin, body: { email: locked.email } })
    expect(byAdmin.status).toBe(200)
    await login(baseUrl, locked.email, locked.password)
  })
})

describe('sessions end when the password changes', () => {
  const me = async (headers: Record<string, string>) =>
    (await request<{ user: User | null }>(baseUrl, 'GET', '/api/users/me', { headers })).body.user

  it('rejects tokens issued before the user changed their password, keeping the session that changed it', async () => {
    const user = await createUser()
    const changing = await login(baseUrl, user.email, user.password)
    const elsewhere = await login(baseUrl, user.email, user.password)
    expect((await me(elsewhere))?.id).toBe(user.id)

    const newPassword = `new-${randomUUID()}`
    const changed = await request(baseUrl, 'PATCH', `/api/users/${user.id}`, { headers: changing, body: { password: newPassword } })
    expect(changed.status).toBe(200)

    expect(await me(elsewhere)).toBeNull()
    expect((await request(baseUrl, 'POST', '/api/speakers', { headers: elsewhere, body: { name: 'x' } })).status).toBe(403)
    expect((await me(changing))?.id).toBe(user.id)
    await login(baseUrl, user.email, newPassword)
  })

  it('rejects every earlier token when an admin sets a new password', async () => {
    const user = await createUser()
    const session = await login(baseUrl, user.email, user.password)
    const changed = await request(baseUrl, 'PATCH', `/api/users/${user.id}`, { headers: admin, body: { password: `new-${randomUUID()}` } })
    expect(changed.status).toBe(200)
    expect(await me(session)).toBeNull()
  })
})

describe('nothing tells a stranger which addresses have accounts', () => {
  async function timeLogin(email: string): Promise<number> {
    const started = performance.now()
    const { status } = await request(baseUrl, 'POST', '/api/users/login', { body: { email, password: 'not-the-password' } })
    expect(status).toBe(401)
    return performance.now() - started
  }

  it('takes as long to refuse an unknown address as a wrong password', async () => {
    const user = await createUser()
    const known: number[] = []
    const unknown: number[] = []
    // Interleaved, so a busy moment on the shared machine hits both; fewer than ten, so no lockout.
    for (let i = 0; i < 7; i++) {
      known.push(await timeLogin(user.email))
      unknown.push(await timeLogin(`nobody-${randomUUID()}@syntagen.test`))
    }
    expect(median(unknown) / median(known)).toBeGreaterThan(0.6)
  })

  it('answers a reset request the same way for known and unknown addresses, never with a 500', async () => {
    const user = await createUser()
    const known = await request(baseUrl, 'POST', '/api/users/forgot-password', { body: { email: user.email } })
    const unknown = await request(baseUrl, 'POST', '/api/users/forgot-password', { body: { email: `nobody-${randomUUID()}@syntagen.test` } })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual(known.body)

    const knownGraphql = await graphql(baseUrl, FORGOT_MUTATION, { email: user.email })
    const unknownGraphql = await graphql(baseUrl, FORGOT_MUTATION, { email: `nobody-${randomUUID()}@syntagen.test` })
    expect(knownGraphql.status).toBe(200)
    expect(unknownGraphql.body).toEqual(knownGraphql.body)
  })

  it('takes about as long to answer a reset request for a known address as for an unknown one', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      const user = await createUser()
      for (const [email, times] of [[user.email, known], [`nobody-${randomUUID()}@syntagen.test`, unknown]] as const) {
        const started = performance.now()
        expect((await request(baseUrl, 'POST', '/api/users/forgot-password', { body: { email } })).status).toBe(200)
        times.push(performance.now() - started)
      }
    }
    const ratio = median(known) / median(unknown)
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('refuses a bogus reset token with a 4xx and a message, over REST and GraphQL', async () => {
    const rest = await request<{ errors?: { message: string }[] }>(baseUrl, 'POST', '/api/users/reset-password', {
      body: { token: 'not-a-real-token', password: 'whatever-new-password' },
    })
    expect(rest.status).toBeGreaterThanOrEqual(400)
    expect(rest.status).toBeLessThan(500)
    expect(rest.body.errors?.[0]?.message).toBeTruthy()
    const viaGraphql = await graphql(baseUrl, 'mutation { resetPasswordUser(token: "bogus", password: "whatever-new-password") { token } }')
    expect(viaGraphql.status).toBeLessThan(500)
    expect(viaGraphql.body.errors?.[0]?.message).toBeTruthy()
  })
})
