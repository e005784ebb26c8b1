/**
 * One per-client budget for guessing credentials, shared by every way in: REST, GraphQL
 * (`loginUser`, `forgotPasswordUser`, `resetPasswordUser`) and the admin's forms all end in the same
 * Payload operations, so the Users collection's beforeOperation hook counts them here.
 *
 * Payload runs inside Next's route handlers and only sees headers, so express (src/server.ts) puts
 * the client's address, as resolved with `trust proxy`, in CLIENT_ADDRESS_HEADER, replacing
 * whatever the client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-syntagen-client-address'

export type AuthAttempt = 'login' | 'forgotPassword'

type Budget = { windowMs: number; limit: number }

function budget(name: string, windowMs: number, defaultLimit: number): Budget {
  const limit = Number(process.env[`RATE_LIMIT_${name}`] ?? defaultLimit)
  return { windowMs, limit: Number.isFinite(limit) && limit > 0 ? limit : defaultLimit }
}

const BUDGETS: Record<AuthAttempt, Budget> = {
  // Signing in and redeeming a reset token both guess a secret: one budget.
  login: budget('LOGIN', 15 * 60_000, 20),
  forgotPassword: budget('FORGOT_PASSWORD', 60 * 60_000, 5),
}

type Window = { startedAt: number; count: number }

// Payload's hooks live in Next's bundles, which may hold their own copy of this module; the
// counters live on a global so there is one set per process, whichever copy counts.
const KEY = Symbol.for('syntagen.authAttempts')
type Holder = { [KEY]?: Map<string, Window> }

function windows(): Map<string, Window> {
  const holder = globalThis as Holder
  holder[KEY] ??= new Map()
  return holder[KEY]
}

const MAX_TRACKED_CLIENTS = 100_000

/**
 * Counts one attempt of `kind` for `client`. Returns how many seconds the client must wait when it
 * is over its budget, or 0 when the attempt may go ahead.
 */
export function takeAuthAttempt(kind: AuthAttempt, client: string, now = Date.now()): number {
  const { windowMs, limit } = BUDGETS[kind]
  const all = windows()
  const key = `${kind}:${client}`
  let window = all.get(key)
  if (!window || now - window.startedAt >= windowMs) {
    if (all.size >= MAX_TRACKED_CLIENTS) forgetExpired(now)
    window = { startedAt: now, count: 0 }
    all.set(key, window)
  }
  window.count += 1
  if (window.count <= limit) return 0
  return Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000))
}

function forgetExpired(now: number): void {
  const longest = Math.max(...Object.values(BUDGETS).map((b) => b.windowMs))
  for (const [key, window] of windows()) if (now - window.startedAt >= longest) windows().delete(key)
}
