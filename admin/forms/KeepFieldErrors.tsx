'use client'
import { useErrorsStayUntilFixed } from './useErrorsStayUntilFixed'

/**
 * Mounted in every collection's edit form (collections/index.ts), where it draws nothing: it only
 * keeps the form's field errors on their fields until they are fixed (issue 7).
 */
export function KeepFieldErrors(): null {
  useErrorsStayUntilFixed()
  return null
}
