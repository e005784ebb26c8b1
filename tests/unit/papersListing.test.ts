import { describe, expect, it } from 'vitest'

import {
  paperFilterQuery,
  paperListRank,
  paperSearchText,
  parsePageNumber,
  searchWords,
} from '../../src/lib/papers/filter'

describe('the papers listing’s derived columns', () => {
  it('searches title, authors, affiliations and abstract, folded to plain lower case', () => {
    expect(
      paperSearchText({
        title: 'Diffusion  Models',
        authors: [
          { name: 'Trần Thị Nguyễn', affiliation: 'VinAI Research' },
          { name: 'Bo Li', affiliation: null },
        ],
        abstract: 'We generate\ndetection data.',
      }),
    ).toBe('diffusion models tran thi nguyen vinai research bo li we generate detection data.')
    expect(searchWords('  Nguyễn   DIFFUSION ')).toEqual(['nguyen', 'diffusion'])
  })

  it('ranks awards first, then orals, spotlights and posters', () => {
    const ranks = [
      paperListRank({ award: 'best-paper', presentation: 'poster' }),
      paperListRank({ award: 'runner-up', presentation: 'oral' }),
      paperListRank({ award: 'none', presentation: 'oral' }),
      paperListRank({ award: 'none', presentation: 'spotlight' }),
      paperListRank({ award: 'none', presentation: 'poster' }),
    ]
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks)
    expect(new Set(ranks).size).toBe(5)
  })
})

describe('pages of the listing', () => {
  it('reads ?page= as a page number, the first for anything else', () => {
    expect(parsePageNumber('3')).toBe(3)
    expect(parsePageNumber(['7', '2'])).toBe(7)
    for (const odd of [undefined, '', '0', '-2', '1.5', 'abc', '9999999']) expect(parsePageNumber(odd)).toBe(1)
  })

  it('writes the page into the query only past the first', () => {
    const filter = { q: 'zeta', presentation: '' as const, award: 'any' as const }
    expect(paperFilterQuery(filter)).toBe('q=zeta&award=any')
    expect(paperFilterQuery(filter, 1)).toBe('q=zeta&award=any')
    expect(paperFilterQuery(filter, 4)).toBe('q=zeta&award=any&page=4')
  })
})
