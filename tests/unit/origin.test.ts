import { describe, expect, it } from 'vitest'

import { originOf } from '../../src/lib/origin'

describe('originOf', () => {
  it('joins a scheme and a host with its port', () => {
    expect(originOf('https', 'portal.example:8443')).toBe('https://portal.example:8443')
    expect(originOf('http', 'LOCALHOST:3000')).toBe('http://localhost:3000')
    expect(originOf('http', '[::1]:3000')).toBe('http://[::1]:3000')
  })

  it('refuses what could break out of a URL or an attribute, and other schemes', () => {
    expect(originOf('http', 'evil.example"><script>')).toBeUndefined()
    expect(originOf('http', 'a.example/path')).toBeUndefined()
    expect(originOf('http', 'user@a.example')).toBeUndefined()
    expect(originOf('javascript', 'a.example')).toBeUndefined()
    expect(originOf('http', undefined)).toBeUndefined()
  })
})
