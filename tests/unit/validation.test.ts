import { describe, expect, it } from 'vitest'

import {
  rangesOverlap,
  slugify,
  validateEmailAddress,
  validateHttpUrl,
  validateSlugShape,
  validateTimeZone,
} from '../../src/lib/validation'

describe('validateHttpUrl', () => {
  it('accepts http(s) addresses and empty values', () => {
    expect(validateHttpUrl('https://www.tcd.ie/')).toBe(true)
    expect(validateHttpUrl('https://scholar.google.com/citations?user=FYZ5ODQAAAAJ&hl=en')).toBe(true)
    expect(validateHttpUrl('')).toBe(true)
    expect(validateHttpUrl(undefined)).toBe(true)
  })

  it('explains what is wrong with the rest', () => {
    expect(validateHttpUrl('khoinguyen.org')).toMatch(/is not a web address/)
    expect(validateHttpUrl('javascript:alert(1)')).toMatch(/must start with http/)
    expect(validateHttpUrl('ftp://example.org')).toMatch(/must start with http/)
    expect(validateHttpUrl('https://intranet')).toMatch(/no valid host name/)
  })
})

describe('validateEmailAddress', () => {
  it('accepts ordinary addresses', () => {
    expect(validateEmailAddress('syntagen.workshop@gmail.com')).toBe(true)
    expect(validateEmailAddress('a+cvpr@vinai.io')).toBe(true)
  })
  it('rejects the rest with a sentence', () => {
    expect(validateEmailAddress('organizers-at-example')).toMatch(/not an email address/)
    expect(validateEmailAddress('two words@example.org')).toMatch(/not an email address/)
    expect(validateEmailAddress('no@tld')).toMatch(/not an email address/)
  })
})

describe('validateTimeZone', () => {
  it('knows IANA zones, including Anywhere on Earth', () => {
    expect(validateTimeZone('America/Los_Angeles')).toBe(true)
    expect(validateTimeZone('Etc/GMT+12')).toBe(true)
    expect(validateTimeZone('Mars/Olympus_Mons')).toMatch(/not an IANA time zone/)
    expect(validateTimeZone('PST8PDTX')).toMatch(/not an IANA time zone/)
  })
})

describe('slugs', () => {
  it('makes slugs from names, folding accents', () => {
    expect(slugify('Jia-Bin Huang')).toBe('jia-bin-huang')
    expect(slugify('  Poor Man’s Guide: T2I  ')).toBe('poor-man-s-guide-t2i')
    expect(slugify('Nguyễn Khôi')).toBe('nguyen-khoi')
  })
  it('checks their shape', () => {
    expect(validateSlugShape('david-fleet')).toBe(true)
    expect(validateSlugShape('David Fleet')).toMatch(/lowercase letters/)
    expect(validateSlugShape('double--hyphen')).toMatch(/lowercase letters/)
  })
})

describe('rangesOverlap', () => {
  const at = (time: string) => new Date(`2024-06-17T${time}:00Z`)
  it('treats ranges as half-open', () => {
    expect(rangesOverlap({ start: at('09:00'), end: at('09:25') }, { start: at('09:25'), end: at('09:50') })).toBe(false)
    expect(rangesOverlap({ start: at('09:00'), end: at('09:25') }, { start: at('09:24'), end: at('09:50') })).toBe(true)
    expect(rangesOverlap({ start: at('09:00'), end: at('10:00') }, { start: at('09:10'), end: at('09:20') })).toBe(true)
  })
})
