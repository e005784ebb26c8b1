import { describe, expect, it } from 'vitest'

import { initialsOf } from '../../admin/account/initials'
import { editionFilterOf, hasAnyFilter } from '../../collections/fields/editionFilter'
import { withHttpsScheme } from '../../collections/fields/url'

describe('withHttpsScheme', () => {
  it('adds https:// to a host name typed without a scheme', () => {
    expect(withHttpsScheme('example.org')).toBe('https://example.org')
    expect(withHttpsScheme(' ada.example.org/talk?x=1 ')).toBe('https://ada.example.org/talk?x=1')
    expect(withHttpsScheme('arxiv.org/abs/2401.00001')).toBe('https://arxiv.org/abs/2401.00001')
  })

  it('leaves addresses with a scheme, and text that is no address, for the validator', () => {
    expect(withHttpsScheme('http://example.org')).toBe('http://example.org')
    expect(withHttpsScheme('https://example.org')).toBe('https://example.org')
    expect(withHttpsScheme('mailto:ada@example.org')).toBe('mailto:ada@example.org')
    expect(withHttpsScheme('not a url')).toBe('not a url')
    expect(withHttpsScheme('localhost')).toBe('localhost')
  })
})

describe('editionFilterOf', () => {
  it('finds the edition a list is filtered to, also inside and/or groups', () => {
    expect(editionFilterOf([['where[edition][equals]', 'abc']])).toBe('abc')
    expect(editionFilterOf([['where[or][0][and][0][edition][equals]', 'def']])).toBe('def')
    expect(editionFilterOf([['where[edition][exists]', 'true']])).toBeUndefined()
    expect(editionFilterOf([['limit', '10']])).toBeUndefined()
  })

  it('tells a filtered list from an unfiltered one', () => {
    expect(hasAnyFilter([['where[edition][exists]', 'true']])).toBe(true)
    expect(hasAnyFilter([['limit', '10']])).toBe(false)
  })
})

describe('initialsOf', () => {
  it('draws initials from the name, or the email when there is none', () => {
    expect(initialsOf({ name: 'Ada Lovelace' })).toBe('AL')
    expect(initialsOf({ name: 'Jia-Bin  van Huang ' })).toBe('JH')
    expect(initialsOf({ name: 'ada' })).toBe('A')
    expect(initialsOf({ name: '', email: 'grace@example.org' })).toBe('G')
    expect(initialsOf({})).toBe('?')
  })
})
