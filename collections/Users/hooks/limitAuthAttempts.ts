import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { type AuthAttempt, CLIENT_ADDRESS_HEADER, takeAuthAttempt } from '../../../src/lib/authAttempts'

const ATTEMPTS: Partial<Record<string, AuthAttempt>> = {
  login: 'login',
  resetPassword: 'login',
  forgotPassword: 'forgotPassword',
}

/**
 * The per-client limit on guessing, in front of Payload's per-account lockout. It runs in the
 * operation, so REST, GraphQL and the admin's forms share one budget. Local API calls (seed,
 * scripts) come from the server itself and are not counted.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const kind = ATTEMPTS[operation]
  if (!kind || req.payloadAPI === 'local') return args
  const client = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  const waitSeconds = takeAuthAttempt(kind, client)
  if (waitSeconds > 0) {
    const minutes = Math.ceil(waitSeconds / 60)
    // Payload merges these into the error response (REST).
    req.responseHeaders = new Headers({ 'Retry-After': String(waitSeconds) })
    throw new APIError(`Too many attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`, 429, undefined, true)
  }
  return args
}
