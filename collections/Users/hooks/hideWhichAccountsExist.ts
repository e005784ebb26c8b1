import { pbkdf2 } from 'node:crypto'

import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

// Payload 3.90 hashes passwords with PBKDF2-SHA256, 600,000 iterations, 32-byte keys
// (payload/src/auth/strategies/local/generatePasswordSaltHash.ts); keep these in step with it.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = 'a'.repeat(64)

const STARTED = 'resetRequestStartedAt'
// How long a reset request for a real account takes here, as a moving average.
let knownResetMs = 50

function emailOf(args: unknown): string {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

async function accountExists(req: PayloadRequest, collection: CollectionSlug, email: string): Promise<boolean> {
  return Boolean(await req.payload.db.findOne({ collection, req, where: { email: { equals: email } } }))
}

/**
 * Payload answers for an unknown address sooner than for a real account: a login skips the
 * PBKDF2 run (about 20 ms against 170 ms), a reset request skips writing the token. The difference
 * would tell a stranger which addresses have accounts, so an unknown address is made to cost the
 * same: the same hashing for a login, and the recent time of a real reset request for a reset.
 */
export const hideWhichAccountsExist: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email = emailOf(args)
  if (!email) return args
  if (operation === 'login') {
    const password = (args as { data?: { password?: unknown } }).data?.password
    if (typeof password !== 'string' || !password) return args
    if (!(await accountExists(req, collection.slug, email))) {
      await new Promise<void>((resolve) => pbkdf2(password, DUMMY_SALT, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve()))
    }
    return args
  }
  req.context[STARTED] = performance.now()
  if (!(await accountExists(req, collection.slug, email))) await new Promise((resolve) => setTimeout(resolve, knownResetMs))
  return args
}

/** Learns how long a reset request for a real account takes (Payload runs this hook only for those). */
export const learnResetTiming: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const started = req.context[STARTED]
  if (operation === 'forgotPassword' && typeof started === 'number') {
    knownResetMs = Math.min(2_000, 0.8 * knownResetMs + 0.2 * (performance.now() - started))
  }
  return result
}
