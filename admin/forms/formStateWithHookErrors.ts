import { buildFormStateHandler, type BuildFormStateResult } from '@payloadcms/ui/utilities/buildFormState'
import type { BuildFormStateArgs, Data, FormState, ServerFunction } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

import { isCollectionSlug } from '../../collections/hooks/guardApiQuery'

type FieldError = { path: string; message: string }
type Check = (data: Data) => Promise<Data | undefined> | Data | undefined

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false
  const { path, message } = value as Partial<FieldError>
  return typeof path === 'string' && path !== '' && typeof message === 'string'
}

/**
 * The fields a refusal names: a ValidationError's, or an APIError's that carries `data.errors`
 * (collections/Editions/hooks/currentEdition.ts). Read by shape: the admin's bundle and the
 * server's can hold two copies of Payload's error classes, and `instanceof` would miss one.
 */
function fieldErrorsOf(error: unknown): FieldError[] {
  const data = (error as { data?: { errors?: unknown } } | null)?.data
  return Array.isArray(data?.errors) ? data.errors.filter(isFieldError) : []
}

/** Runs the hooks in order, each on what the previous returned, and answers the first refusal's field errors. */
async function firstRefusal(checks: Check[], data: Data): Promise<FieldError[]> {
  let current = data
  for (const check of checks) {
    try {
      current = (await check(current)) ?? current
    } catch (error) {
      // Anything else (a database hiccup) is the save's to report, not a field's.
      return fieldErrorsOf(error)
    }
  }
  return []
}

async function hookErrors(args: BuildFormStateArgs): Promise<FieldError[]> {
  const { collectionSlug, globalSlug, id, formState, req } = args
  const data = reduceFieldsToValues(formState ?? {}, true)
  const context = { ...req.context }
  if (collectionSlug) {
    if (!isCollectionSlug(req.payload, collectionSlug)) return []
    const collection = req.payload.collections[collectionSlug].config
    const operation = args.operation ?? (id === undefined ? 'create' : 'update')
    const originalDoc =
      id === undefined
        ? undefined
        : await req.payload.findByID({ collection: collection.slug, id, depth: 0, draft: true, req, overrideAccess: false, disableErrors: true })
    return firstRefusal(
      (collection.hooks.beforeValidate ?? []).map((hook) => (current: Data) =>
        hook({ collection, context, data: current, operation, originalDoc: originalDoc ?? undefined, req }),
      ),
      data,
    )
  }
  const global = req.payload.globals.config.find((candidate) => candidate.slug === globalSlug)
  if (!global) return []
  const originalDoc = await req.payload.findGlobal({ slug: global.slug, depth: 0, draft: true, req, overrideAccess: false })
  return firstRefusal(
    (global.hooks.beforeValidate ?? []).map((hook) => (current: Data) => hook({ context, data: current, global, originalDoc, req })),
    data,
  )
}

/** Shown on the field the error names, or, for a path the form has no state for (`sponsors.2`), on its nearest parent. */
function withErrors(state: FormState, errors: FieldError[]): FormState {
  const next = { ...state }
  for (const { path, message } of errors) {
    const segments = path.split('.')
    while (segments.length > 0 && !(segments.join('.') in next)) segments.pop()
    const at = segments.join('.')
    const field = next[at]
    // A field's own validation speaks first.
    if (!field || field.valid === false) continue
    next[at] = { ...field, valid: false, errorMessage: message }
  }
  return next
}

/**
 * Payload's form state, whose validation also asks the collection's (or global's) beforeValidate
 * hooks (issue 7).
 *
 * Payload validates the form again on every change after a rejected save, and shows what that
 * finds until it is fixed. Its validation runs the fields' `validate` only, so an error a hook
 * raised (guardWrite's relation to a document that no longer exists, "mark another edition as
 * current first") vanished at the next keystroke anywhere in the form, fixed or not. Here the
 * same validation also runs the hooks, and their refusals stay on their fields until the data
 * passes them. Hooks run only when Payload validates (after a rejected save), and only for the
 * whole document, not the forms inside it (a rich-text link drawer). beforeChange hooks are
 * left out: they run after validation on validated data, and none of ours refuses anything.
 */
export const formStateWithHookErrors: ServerFunction<BuildFormStateArgs, Promise<BuildFormStateResult>> = async (args) => {
  const result = await buildFormStateHandler(args)
  const { collectionSlug, globalSlug, schemaPath, skipValidation, documentFormState } = args
  const wholeDocument = schemaPath === (collectionSlug ?? globalSlug) && !documentFormState
  if (skipValidation || !wholeDocument || !result.state) return result
  // The form state stands without them if the hooks cannot be asked (the document is gone).
  const errors = await hookErrors(args).catch((): FieldError[] => [])
  return errors.length === 0 ? result : { ...result, state: withErrors(result.state, errors) }
}

/** The server functions the admin adds to Payload's own (src/app/(payload)/layout.tsx). */
export const adminServerFunctions = { 'form-state': formStateWithHookErrors }
