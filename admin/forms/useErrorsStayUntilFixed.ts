'use client'
import { useDocumentInfo, useForm, useFormFields, useFormSubmitted, useServerFunctions } from '@payloadcms/ui'
import type { FormState } from 'payload'
import { useEffect, useRef } from 'react'

type FieldError = { path: string; message: string }

function errorsIn(state: FormState): FieldError[] {
  const errors: FieldError[] = []
  for (const [path, field] of Object.entries(state)) {
    if (field.valid === false && field.errorMessage) errors.push({ path, message: field.errorMessage })
  }
  return errors
}

/**
 * Field errors stay on their fields until the editor fixes them (issue 7).
 *
 * Payload shows a field's error only while the form counts as submitted. A rejected publish marks
 * the fields, but the next autosave (every two seconds once anything is typed) succeeds as a
 * draft, resets "submitted" and merges unvalidated state, and every error vanished although
 * nothing was fixed. After each such reset this asks the server to validate the form again (the
 * same form-state call Payload makes while an editor types after a failed save) and puts back
 * whatever is still wrong, whether a field's validation or a collection hook raised it
 * (admin/forms/formStateWithHookErrors.ts). Every edit form runs this (admin/forms/KeepFieldErrors.tsx).
 */
export function useErrorsStayUntilFixed(): void {
  const { id, collectionSlug, docPermissions, getDocPreferences } = useDocumentInfo()
  const { getFormState } = useServerFunctions()
  const { dispatchFields, getFields, setSubmitted } = useForm()
  const submitted = useFormSubmitted()
  const anyInvalid = useFormFields(([fields]) => Object.values(fields).some((field) => field.valid === false))
  const wasSubmitted = useRef(submitted)
  // Set once errors were on show; cleared only when a fresh validation finds none.
  const errorsShown = useRef(false)
  const pending = useRef<AbortController | null>(null)

  useEffect(() => () => pending.current?.abort(), [])

  useEffect(() => {
    if (submitted && anyInvalid) errorsShown.current = true
    const reset = wasSubmitted.current && !submitted
    wasSubmitted.current = submitted
    if (!reset || !errorsShown.current || !id || !collectionSlug) return
    pending.current?.abort()
    const controller = new AbortController()
    pending.current = controller
    void (async () => {
      const result = await getFormState({
        id,
        collectionSlug,
        docPermissions,
        docPreferences: await getDocPreferences(),
        formState: getFields(),
        operation: 'update',
        renderAllFields: false,
        schemaPath: collectionSlug,
        signal: controller.signal,
        skipValidation: false,
      })
      if (controller.signal.aborted || !result || !('state' in result) || !result.state) return
      const errors = errorsIn(result.state)
      if (errors.length === 0) {
        errorsShown.current = false
        return
      }
      setSubmitted(true)
      dispatchFields({ type: 'ADD_SERVER_ERRORS', errors })
    })().catch(() => undefined)
  }, [submitted, anyInvalid, id, collectionSlug, docPermissions, getDocPreferences, getFormState, getFields, dispatchFields, setSubmitted])
}
