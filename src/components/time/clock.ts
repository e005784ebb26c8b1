/**
 * Browser-side time for the few interactive parts: the ticking clock, the visitor's own zone and
 * their choice of zone for the schedule. Each is a `useSyncExternalStore` store whose server
 * snapshot is what the HTML was rendered with, so hydration matches and the browser's value
 * replaces it right after. Imported by `*.client.tsx` components only.
 */
import { useSyncExternalStore } from 'react'

import { isValidTimeZone } from '@/lib/validation'

// ----- the clocks: one timer per cadence for every subscriber, running only while someone listens

/** A clock that ticks on the boundaries of its cadence (each whole minute, each whole second). */
type Clock = {
  now: number
  listeners: Set<() => void>
  timer?: ReturnType<typeof setTimeout>
  subscribe: (listener: () => void) => () => void
}

const clocks = new Map<number, Clock>()

function clockOf(cadenceMs: number): Clock {
  const existing = clocks.get(cadenceMs)
  if (existing) return existing
  const clock: Clock = {
    now: Date.now(),
    listeners: new Set(),
    subscribe(listener) {
      clock.listeners.add(listener)
      if (!clock.timer) {
        clock.now = Date.now()
        // Each tick schedules the next at the following boundary, so a minute clock turns over
        // when the minute does, however late the page was opened.
        const tick = () => {
          clock.now = Date.now()
          for (const notify of clock.listeners) notify()
          clock.timer = setTimeout(tick, cadenceMs - (Date.now() % cadenceMs))
        }
        clock.timer = setTimeout(tick, cadenceMs - (Date.now() % cadenceMs))
      }
      return () => {
        clock.listeners.delete(listener)
        if (clock.listeners.size === 0 && clock.timer) {
          clearTimeout(clock.timer)
          clock.timer = undefined
        }
      }
    },
  }
  clocks.set(cadenceMs, clock)
  return clock
}

export const MINUTE_MS = 60_000
export const SECOND_MS = 1_000

/** Milliseconds since the epoch, updated every `cadenceMs`; `renderedAt` while hydrating. */
export function useNow(renderedAt: number, cadenceMs: number = MINUTE_MS): number {
  const clock = clockOf(cadenceMs)
  return useSyncExternalStore(
    clock.subscribe,
    () => clock.now,
    () => renderedAt,
  )
}

/** The time to the minute: enough for "passed", "Now" and "Next", without a render each second. */
export function useMinuteClock(renderedAt: number): number {
  return useNow(renderedAt, MINUTE_MS)
}

// ----- the visitor's zone: known in the browser only

const subscribeToNothing = () => () => undefined

/**
 * Chromium's ICU still reports some zones by their pre-2000s names (Asia/Saigon for
 * Asia/Ho_Chi_Minh); the current names are the ones people recognise and lib/time labels.
 */
const CURRENT_ZONE_NAMES: Record<string, string> = {
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
}

function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  const current = CURRENT_ZONE_NAMES[zone]
  // An older browser may not know the new name yet.
  return current && isValidTimeZone(current) ? current : zone
}

/** The visitor's IANA zone, or null on the server and while hydrating. */
export function useVisitorZone(): string | null {
  return useSyncExternalStore(subscribeToNothing, browserZone, () => null)
}

// ----- the schedule's zone choice, kept in localStorage so it survives visits

export type ZoneChoice = 'venue' | 'visitor'

const ZONE_CHOICE_KEY = 'syntagen:schedule-zone'
const choiceListeners = new Set<() => void>()

// Set only when storage refused the choice: it then holds for this page view.
let unsavedChoice: ZoneChoice | undefined

function readZoneChoice(): ZoneChoice {
  if (unsavedChoice) return unsavedChoice
  try {
    return window.localStorage.getItem(ZONE_CHOICE_KEY) === 'visitor' ? 'visitor' : 'venue'
  } catch {
    // Storage can be blocked (private modes, strict cookie settings): the venue's zone it is.
    return 'venue'
  }
}

function subscribeToZoneChoice(listener: () => void): () => void {
  choiceListeners.add(listener)
  // Another tab changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === ZONE_CHOICE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    choiceListeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export function useZoneChoice(): ZoneChoice {
  return useSyncExternalStore(subscribeToZoneChoice, readZoneChoice, () => 'venue')
}

export function chooseZone(choice: ZoneChoice): void {
  try {
    window.localStorage.setItem(ZONE_CHOICE_KEY, choice)
    unsavedChoice = undefined
  } catch {
    unsavedChoice = choice
  }
  for (const notify of choiceListeners) notify()
}

/** The zone the schedule shows: the venue's, or the visitor's once they chose it. */
export function useScheduleZone(venueZone: string): { zone: string; choice: ZoneChoice; visitorZone: string | null } {
  const choice = useZoneChoice()
  const visitorZone = useVisitorZone()
  if (choice === 'visitor' && visitorZone) return { zone: visitorZone, choice, visitorZone }
  return { zone: venueZone, choice: 'venue', visitorZone }
}
