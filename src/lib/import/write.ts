/**
 * Write: each planned create or update in its own transaction, so a row that fails (a rule only the
 * collection's hooks know, such as two sessions in one room at once) leaves nothing behind and the
 * other rows still go in. Cache revalidation is off per row; the caller revalidates once at the end.
 */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
  ValidationError,
} from 'payload'

import type { PlannedRow } from './plan'
import type { CollectionSpec } from './specs'
import type { ImportableCollection, RowError } from './types'

function fieldErrors(error: unknown, spec: CollectionSpec, row: number): RowError[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map(({ path, message }) => {
      const column = spec.columns.find((candidate) => path === candidate.field || path.startsWith(`${candidate.field}.`))
      return { row, field: column?.name ?? path, message }
    })
  }
  const message = error instanceof Error ? error.message : String(error)
  return [{ row, message: `This row could not be saved: ${message}` }]
}

export async function writeRow(req: PayloadRequest, spec: CollectionSpec, planned: PlannedRow): Promise<void> {
  const { scope, edition, existing } = planned
  if (!scope || !edition || (planned.action !== 'create' && planned.action !== 'update')) return
  const { payload } = req
  req.context = { ...req.context, disableRevalidate: true }
  const ownTransaction = await initTransaction(req)
  try {
    const data: Record<string, unknown> = {}
    for (const column of spec.columns) {
      if (planned.values.has(column.name)) {
        await column.write(planned.values.get(column.name) ?? null, data, { payload, req }, scope, existing)
      }
    }
    if (planned.status) data._status = planned.status
    const common = { collection: spec.collection, req, overrideAccess: false, user: req.user, depth: 0, draft: false } as const
    if (existing) {
      await payload.update({ ...common, id: existing.id, data })
    } else {
      data.edition = edition.id
      if (planned.slug && data.slug === undefined) data.slug = planned.slug
      // The columns build the data field by field, checked against the collection's config; the
      // generated per-collection types cannot follow a collection chosen at run time.
      const created = await payload.create({ ...common, data: data as RequiredDataFromCollectionSlug<ImportableCollection> })
      planned.existing = { ...data, id: String(created.id) }
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    planned.action = 'error'
    planned.errors.push(...fieldErrors(error, spec, planned.row))
  }
}
