import type { Payload } from 'payload'

export const ADMIN_URL = 'http://localhost:3000/admin'

/** What ensureFirstAdmin found or did: `waiting` means the first admin is still to be created. */
export type FirstAdminOutcome = 'created' | 'exists' | 'waiting'

/**
 * A new database has no users. With ADMIN_EMAIL and ADMIN_PASSWORD set, the first admin is created
 * from them; otherwise the admin's own sign-up screen creates it. There is no default password.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  log: (line: string) => void = console.log,
): Promise<FirstAdminOutcome> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return 'exists'

  const email = process.env.ADMIN_EMAIL?.trim()
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) {
    const missing = email ? 'ADMIN_PASSWORD is not set' : password ? 'ADMIN_EMAIL is not set' : 'no users yet'
    log(
      `No admin account (${missing}): open ${ADMIN_URL} to create the first admin, ` +
        'or set ADMIN_EMAIL and ADMIN_PASSWORD and run this again.',
    )
    return 'waiting'
  }

  await payload.create({
    collection: 'users',
    data: { email, password, roles: ['admin'] },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  log(`Created the first admin, ${email} (password from ADMIN_PASSWORD).`)
  return 'created'
}
