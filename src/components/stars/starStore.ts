/**
 * The visitor's stars, per edition, in localStorage: a `useSyncExternalStore` store like the
 * schedule's zone choice (../time/clock.ts). The server snapshot is `null`, "not known yet", so
 * the HTML is the same for everyone and the stars appear right after hydration. Imported by
 * `*.client.tsx` components only.
 */
import { useSyncExternalStore } from 'react'

import {
  EMPTY_SELECTION,
  type StarKind,
  type StarSelection,
  mergeSelections,
  parseSharedSelection,
  parseStoredSelection,
  serializeSelection,
  storageKey,
  toggleStar,
} from '@/lib/mySchedule/selection'

const listeners = new Set<() => void>()
// Set only when storage refused a write: the stars then hold for this page view.
const unsaved = new Map<number, string>()
// useSyncExternalStore compares snapshots by identity: the same stored text gives the same object.
const parsed = new Map<string, StarSelection>()

function rawStars(year: number): string | null {
  const pending = unsaved.get(year)
  if (pending !== undefined) return pending
  try {
    return window.localStorage.getItem(storageKey(year))
  } catch {
    // Storage can be blocked (private modes, strict cookie settings).
    return null
  }
}

function readStars(year: number): StarSelection {
  const raw = rawStars(year)
  if (!raw) return EMPTY_SELECTION
  const cached = parsed.get(raw)
  if (cached) return cached
  const selection = parseStoredSelection(raw)
  parsed.set(raw, selection)
  return selection
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab starred something.
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith('syntagen:my-schedule:')) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

function writeStars(year: number, selection: StarSelection): void {
  const raw = serializeSelection(selection)
  try {
    window.localStorage.setItem(storageKey(year), raw)
    unsaved.delete(year)
  } catch {
    unsaved.set(year, raw)
  }
  for (const notify of listeners) notify()
}

/** The visitor's stars in one edition; `null` on the server and while hydrating. */
export function useStars(year: number): StarSelection | null {
  return useSyncExternalStore(
    subscribe,
    () => readStars(year),
    () => null,
  )
}

/** Stars or unstars one item; false when the selection is full and nothing was added. */
export function toggleStarred(year: number, kind: StarKind, id: string): boolean {
  const before = readStars(year)
  const after = toggleStar(before, kind, id)
  if (after === before) return false
  writeStars(year, after)
  return true
}

/** Adds a shared selection to the visitor's own stars; false when the two do not fit together. */
export function adoptStars(year: number, shared: StarSelection): boolean {
  const before = readStars(year)
  const after = mergeSelections(before, shared)
  if (after === before) return false
  writeStars(year, after)
  return true
}

// ----- the address's shared selection (a share link), read after hydration

const subscribeToNothing = () => () => undefined
const sharedBySearch = new Map<string, ReturnType<typeof parseSharedSelection>>()

function readShared(): ReturnType<typeof parseSharedSelection> {
  const search = window.location.search
  if (!sharedBySearch.has(search)) sharedBySearch.set(search, parseSharedSelection(search))
  return sharedBySearch.get(search) ?? null
}

/**
 * The selection a share link carries (`?s=…&p=…`), an error for a damaged one, `null` without
 * one; `undefined` on the server and while hydrating. Read from the address in the browser, so the
 * page itself stays static.
 */
export function useSharedSelection(): ReturnType<typeof parseSharedSelection> | undefined {
  return useSyncExternalStore(subscribeToNothing, readShared, () => undefined)
}

/**
 * What My schedule shows: a share link's selection when the address carries a readable one, else
 * the visitor's own stars; `null` until hydrated.
 */
export function useShownSelection(year: number): { selection: StarSelection; shared: boolean } | null {
  const stars = useStars(year)
  const shared = useSharedSelection()
  if (stars === null || shared === undefined) return null
  if (shared?.ok) return { selection: shared.selection, shared: true }
  return { selection: stars, shared: false }
}
