/**
 * The shared tier of the API response cache, for several instances behind one address: with
 * REDIS_URL set, the content generation lives in Redis (every publish increments it, on whichever
 * instance it happens) and stored responses too, so one instance's publish invalidates all of them
 * and one instance's stored response serves the others.
 *
 * Entries of a generation sit in one Redis hash, which expires API_CACHE_REDIS_TTL_MS after it was
 * created; a store that would take the generation past API_CACHE_REDIS_MAX_BYTES is refused. Old
 * generations are never read again and expire on their own.
 */
import { Redis } from 'ioredis'

import type { StoredResponse } from './responseStore'

const PREFIX = process.env.REDIS_PREFIX ?? 'syntagen:'
const GENERATION_KEY = `${PREFIX}generation`
const MAX_BYTES = Number(process.env.API_CACHE_REDIS_MAX_BYTES ?? 256 * 1024 * 1024)
const TTL_MS = Number(process.env.API_CACHE_REDIS_TTL_MS ?? 10 * 60_000)

// Stores only when the entry is new and the generation's byte budget allows it; both keys expire
// together, counted from the generation's first entry.
const STORE_SCRIPT = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
local size = string.len(ARGV[2])
local used = tonumber(redis.call('GET', KEYS[2]) or '0')
if used + size > tonumber(ARGV[3]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('INCRBY', KEYS[2], size)
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
if redis.call('PTTL', KEYS[2]) < 0 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
return 1`

let connection: Promise<Redis> | undefined

export function sharedCacheEnabled(): boolean {
  return Boolean(process.env.REDIS_URL)
}

/** One connection per process and bundle; commands fail fast while Redis is unreachable. */
function redis(): Promise<Redis> {
  const url = process.env.REDIS_URL
  if (!url) return Promise.reject(new Error('REDIS_URL is not set'))
  connection ??= (async () => {
    const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    // Connection errors surface as failed commands, which the callers log; this keeps ioredis quiet.
    client.on('error', () => undefined)
    await client.connect()
    return client
  })().catch((error: unknown) => {
    connection = undefined
    throw error
  })
  return connection
}

export async function sharedGeneration(): Promise<number> {
  const value = await (await redis()).get(GENERATION_KEY)
  return Number(value ?? 0)
}

/** Called by the publish hooks; awaited, so the publish's response leaves after every instance can see it. */
export async function bumpSharedGeneration(): Promise<void> {
  if (!sharedCacheEnabled()) return
  await (await redis()).incr(GENERATION_KEY)
}

const entriesKey = (generation: number) => `${PREFIX}api:${generation}`
const bytesKey = (generation: number) => `${PREFIX}api:${generation}:bytes`

type Meta = Omit<StoredResponse, 'identity' | 'gzip' | 'brotli'> & { lengths: [number, number, number] }

/** [4-byte meta length][meta JSON][identity][gzip][brotli]: one binary value per URL. */
function encode(entry: StoredResponse): Buffer {
  const { identity, gzip, brotli, ...rest } = entry
  const meta: Meta = { ...rest, lengths: [identity.length, gzip?.length ?? 0, brotli?.length ?? 0] }
  const metaBytes = Buffer.from(JSON.stringify(meta))
  const header = Buffer.alloc(4)
  header.writeUInt32BE(metaBytes.length)
  return Buffer.concat([header, metaBytes, identity, gzip ?? Buffer.alloc(0), brotli ?? Buffer.alloc(0)])
}

function decode(value: Buffer): StoredResponse {
  const metaLength = value.readUInt32BE(0)
  const { lengths, ...meta } = JSON.parse(value.subarray(4, 4 + metaLength).toString('utf8')) as Meta
  let offset = 4 + metaLength
  const take = (length: number) => {
    const part = value.subarray(offset, offset + length)
    offset += length
    return part
  }
  const identity = take(lengths[0])
  const gzip = lengths[1] ? take(lengths[1]) : undefined
  const brotli = lengths[2] ? take(lengths[2]) : undefined
  return { ...meta, identity, gzip, brotli }
}

export async function getSharedEntry(generation: number, key: string): Promise<StoredResponse | undefined> {
  const value = await (await redis()).hgetBuffer(entriesKey(generation), key)
  return value ? decode(value) : undefined
}

export async function setSharedEntry(key: string, entry: StoredResponse): Promise<void> {
  const client = await redis()
  await client.eval(STORE_SCRIPT, 2, entriesKey(entry.generation), bytesKey(entry.generation), key, encode(entry), MAX_BYTES, TTL_MS)
}

export async function closeSharedCache(): Promise<void> {
  const pending = connection
  connection = undefined
  if (pending) await (await pending.catch(() => undefined))?.quit().catch(() => undefined)
}
