/**
 * Write: the planned creates and updates go in a chunk of rows per transaction (on SQLite each
 * commit waits for the disk, so one per row made a 1,000-paper import several times slower). A
 * chunk in which a row fails (a rule only the collection's hooks know, such as two sessions in one
 * room at once) is rolled back and written again a row per transaction, so the failing row leaves
 * nothing behind and the other rows still go in. Cache revalidation is off; the caller
 * revalidates once at the end.
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

const ROWS_PER_TRANSACTION = 100

type Saved = { id: string } & Record<string, unknown>

function isWritable(planned: PlannedRow): boolean {
  return Boolean(planned.scope && planned.edition) && (planned.action === 'create' || planned.action === 'update')
}

export async function writeRows(req: PayloadRequest, spec: CollectionSpec, planned: PlannedRow[]): Promise<void> {
  req.context = { ...req.context, disableRevalidate: true }
  const writable = planned.filter(isWritable)
  for (let start = 0; start < writable.length; start += ROWS_PER_TRANSACTION) {
    const chunk = writable.slice(start, start + ROWS_PER_TRANSACTION)
    if (await writeChunk(req, spec, chunk)) continue
    for (const row of chunk) await writeRow(req, spec, row)
  }
}

/** The whole chunk in one transaction, or nothing of it (false: write it again row by row). */
async function writeChunk(req: PayloadRequest, spec: CollectionSpec, chunk: PlannedRow[]): Promise<boolean> {
  if (chunk.length < 2 || !(await initTransaction(req))) return false
  const created = new Map<PlannedRow, Saved>()
  try {
    for (const row of chunk) {
      const saved = await saveRow(req, spec, row)
      if (saved) created.set(row, saved)
    }
    await commitTransaction(req)
  } catch {
    await killTransaction(req)
    return false
  }
  for (const [row, saved] of created) row.existing = saved
  return true
}

async function writeRow(req: PayloadRequest, spec: CollectionSpec, planned: PlannedRow): Promise<void> {
  const ownTransaction = await initTransaction(req)
  try {
    const saved = await saveRow(req, spec, planned)
    if (ownTransaction) await commitTransaction(req)
    if (saved) planned.existing = saved
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    planned.action = 'error'
    planned.errors.push(...fieldErrors(error, spec, planned.row))
  }
}

/** One row's create or update; what a create made, to be recorded once its transaction commits. */
async function saveRow(req: PayloadRequest, spec: CollectionSpec, planned: PlannedRow): Promise<Saved | undefined> {
  const { scope, edition, existing } = planned
  if (!scope || !edition) return undefined
  const { payload } = req
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
    return undefined
  }
  data.edition = edition.id
  if (planned.slug && data.slug === undefined) data.slug = planned.slug
  // The columns build the data field by field, checked against the collection's config; the
  // generated per-collection types cannot follow a collection chosen at run time.
  const created = await payload.create({ ...common, data: data as RequiredDataFromCollectionSlug<ImportableCollection> })
  return { ...data, id: String(created.id) }
}
