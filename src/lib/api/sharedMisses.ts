import type { StoredResponse } from './responseStore'

/**
 * Anonymous reads of one URL that miss the cache at the same time wait for the first one's answer
 * instead of each asking Payload. After a publish every entry is stale at once, and under load the
 * same few URLs then arrived dozens at a time: each was built dozens of times, which queued the
 * event loop for seconds (npm run bench:load). Keyed on the generation too, so a request that
 * arrives after a publish never waits for an answer built before it.
 */
const building = new Map<string, Building>()

/** How long a follower waits before asking Payload itself (the first request may be slow or stuck). */
const FOLLOW_TIMEOUT_MS = 10_000

/**
 * Either the answer another request is building, or this request leads and must `settle` it;
 * `settle` says how many requests were waiting (a URL asked for together is worth storing).
 */
export type SharedMiss = { follow: Promise<StoredResponse | undefined> } | { settle: (answer: StoredResponse | undefined) => number }

type Building = { answer: Promise<StoredResponse | undefined>; followers: number }

/**
 * Joins the request already building this URL's answer for this generation, or becomes that
 * request. One synchronous step, so two requests can never both lead. The leader hands its answer
 * (or undefined when it cannot be shared: an error, a cookie, a stream) to `settle`.
 */
export function joinSharedMiss(generation: number, url: string): SharedMiss {
  const key = `${generation} ${url}`
  const pending = building.get(key)
  if (pending) {
    pending.followers += 1
    return { follow: withTimeout(pending.answer) }
  }
  let resolve: (answer: StoredResponse | undefined) => void = () => undefined
  const mine: Building = {
    answer: new Promise<StoredResponse | undefined>((done) => {
      resolve = done
    }),
    followers: 0,
  }
  building.set(key, mine)
  let settled = false
  return {
    settle: (value) => {
      if (settled) return 0
      settled = true
      if (building.get(key) === mine) building.delete(key)
      resolve(value)
      return mine.followers
    },
  }
}

async function withTimeout(pending: Promise<StoredResponse | undefined>): Promise<StoredResponse | undefined> {
  let giveUp: (value: undefined) => void = () => undefined
  const timeout = new Promise<undefined>((resolve) => {
    giveUp = resolve
  })
  const timer = setTimeout(() => giveUp(undefined), FOLLOW_TIMEOUT_MS)
  try {
    return await Promise.race([pending, timeout])
  } finally {
    clearTimeout(timer)
  }
}
