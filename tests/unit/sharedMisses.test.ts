import { describe, expect, it } from 'vitest'

import type { StoredResponse } from '../../src/lib/api/responseStore'
import { joinSharedMiss } from '../../src/lib/api/sharedMisses'

const answer = (generation: number): StoredResponse => ({ generation, status: 200, headers: [], etag: `W/"g${generation}-x"`, identity: Buffer.from('{}') })

describe('joinSharedMiss', () => {
  it('makes the first request for a URL the leader and hands its answer to the ones that joined', async () => {
    const leader = joinSharedMiss(1, '/api/papers?a')
    const first = joinSharedMiss(1, '/api/papers?a')
    const second = joinSharedMiss(1, '/api/papers?a')
    if (!('settle' in leader) || !('follow' in first) || !('follow' in second)) throw new Error('expected one leader and two followers')
    expect(leader.settle(answer(1))).toBe(2)
    await expect(first.follow).resolves.toMatchObject({ etag: 'W/"g1-x"' })
    await expect(second.follow).resolves.toMatchObject({ etag: 'W/"g1-x"' })
    expect(leader.settle(answer(1))).toBe(0)
    expect('settle' in joinSharedMiss(1, '/api/papers?a')).toBe(true)
  })

  it('never joins across generations or URLs', () => {
    const leader = joinSharedMiss(1, '/api/papers?b')
    expect('settle' in joinSharedMiss(2, '/api/papers?b')).toBe(true)
    expect('settle' in joinSharedMiss(1, '/api/papers?c')).toBe(true)
    if ('settle' in leader) leader.settle(undefined)
  })

  it('tells the ones that joined when there is nothing to share, so they build it themselves', async () => {
    const leader = joinSharedMiss(1, '/api/papers?d')
    const follower = joinSharedMiss(1, '/api/papers?d')
    if (!('settle' in leader) || !('follow' in follower)) throw new Error('expected a leader and a follower')
    leader.settle(undefined)
    await expect(follower.follow).resolves.toBeUndefined()
  })
})
