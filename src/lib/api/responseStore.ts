/**
 * The in-process tier of the API response cache: a segmented LRU bounded in bytes, with
 * admission on the second request.
 * - A URL is stored only when it is asked for a second time within the last `ghostKeys` distinct
 *   misses, so a crawler walking unique query strings never enters the cache at all.
 * - Entries start in a probation segment and move to the protected one (80% of the bytes) when
 *   they are read again; eviction takes the least recently used probation entry first, so a burst
 *   of new entries cannot push out what is read all the time.
 */
export type StoredResponse = {
  generation: number
  status: number
  headers: [string, string][]
  etag: string
  identity: Buffer
  gzip?: Buffer
  brotli?: Buffer
}

export function sizeOf(entry: StoredResponse): number {
  return entry.identity.length + (entry.gzip?.length ?? 0) + (entry.brotli?.length ?? 0) + 256
}

type Segment = { entries: Map<string, StoredResponse>; bytes: number }

export type ResponseStoreOptions = { maxBytes: number; ghostKeys?: number; protectedShare?: number }

export class ResponseStore {
  private readonly probation: Segment = { entries: new Map(), bytes: 0 }
  private readonly protectedSegment: Segment = { entries: new Map(), bytes: 0 }
  private readonly ghosts = new Set<string>()
  private readonly maxBytes: number
  private readonly ghostKeys: number
  private readonly protectedBytes: number

  constructor({ maxBytes, ghostKeys = 10_000, protectedShare = 0.8 }: ResponseStoreOptions) {
    this.maxBytes = maxBytes
    this.ghostKeys = ghostKeys
    this.protectedBytes = Math.floor(maxBytes * protectedShare)
  }

  /** The entry for `key` at `generation`; older generations are dropped as they are met. */
  get(key: string, generation: number): StoredResponse | undefined {
    for (const segment of [this.protectedSegment, this.probation]) {
      const entry = segment.entries.get(key)
      if (!entry) continue
      this.remove(segment, key)
      if (entry.generation !== generation) return undefined
      // A second read promotes; every read makes the entry the most recently used of its segment.
      this.insert(this.protectedSegment, key, entry)
      this.rebalance()
      return entry
    }
    return undefined
  }

  /** True when `key` missed before (recently): the caller should store the response it gets now. */
  admit(key: string): boolean {
    if (this.ghosts.has(key)) {
      this.ghosts.delete(key)
      return true
    }
    this.ghosts.add(key)
    if (this.ghosts.size > this.ghostKeys) {
      const oldest = this.ghosts.values().next().value
      if (oldest !== undefined) this.ghosts.delete(oldest)
    }
    return false
  }

  set(key: string, entry: StoredResponse): void {
    const size = sizeOf(entry)
    if (size > this.maxBytes / 4) return
    this.delete(key)
    this.insert(this.probation, key, entry)
    this.rebalance()
  }

  delete(key: string): void {
    this.remove(this.probation, key)
    this.remove(this.protectedSegment, key)
  }

  stats(): { entries: number; bytes: number; protectedEntries: number } {
    return {
      entries: this.probation.entries.size + this.protectedSegment.entries.size,
      bytes: this.probation.bytes + this.protectedSegment.bytes,
      protectedEntries: this.protectedSegment.entries.size,
    }
  }

  has(key: string): boolean {
    return this.probation.entries.has(key) || this.protectedSegment.entries.has(key)
  }

  private insert(segment: Segment, key: string, entry: StoredResponse): void {
    segment.entries.set(key, entry)
    segment.bytes += sizeOf(entry)
  }

  private remove(segment: Segment, key: string): void {
    const entry = segment.entries.get(key)
    if (!entry) return
    segment.entries.delete(key)
    segment.bytes -= sizeOf(entry)
  }

  private evictOldest(segment: Segment): [string, StoredResponse] | undefined {
    const oldest = segment.entries.entries().next().value
    if (!oldest) return undefined
    this.remove(segment, oldest[0])
    return oldest
  }

  /** Protected overflow is demoted to probation; total overflow leaves from probation, then protected. */
  private rebalance(): void {
    while (this.protectedSegment.bytes > this.protectedBytes) {
      const demoted = this.evictOldest(this.protectedSegment)
      if (!demoted) break
      this.insert(this.probation, demoted[0], demoted[1])
    }
    while (this.probation.bytes + this.protectedSegment.bytes > this.maxBytes) {
      if (!this.evictOldest(this.probation) && !this.evictOldest(this.protectedSegment)) break
    }
  }
}
