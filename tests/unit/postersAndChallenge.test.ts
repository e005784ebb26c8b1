import { describe, expect, it } from 'vitest'

import { byPlace, reshapeChallenge, validateChallengePlace } from '../../src/lib/editions/challenge'
import { byPosterBoard, normalisePosterBoard, validatePosterBoardShape } from '../../src/lib/papers/posterBoard'
import { paragraphs } from '../../src/seed/richText'

describe('poster boards', () => {
  it('trims, collapses spaces and upper-cases, so "p-12 " and "P-12" are one board', () => {
    expect(normalisePosterBoard('  p-12 ')).toBe('P-12')
    expect(normalisePosterBoard('b   3')).toBe('B 3')
    expect(normalisePosterBoard('12')).toBe('12')
    expect(normalisePosterBoard('   ')).toBeUndefined()
    expect(normalisePosterBoard(null)).toBeUndefined()
    expect(normalisePosterBoard(12)).toBeUndefined()
  })

  it('accepts short labels of letters and digits, joined by single separators', () => {
    for (const board of ['P-12', '12', 'A3', 'B 3.1', 'HALL-2/7']) expect(validatePosterBoardShape(board), board).toBe(true)
  })

  it('explains what is wrong with anything else', () => {
    expect(validatePosterBoardShape('P--12')).toMatch(/is not a poster board.*"P-12"/)
    expect(validatePosterBoardShape('-12')).toMatch(/is not a poster board/)
    expect(validatePosterBoardShape('P-12!')).toMatch(/is not a poster board/)
    expect(validatePosterBoardShape('<B>')).toMatch(/is not a poster board/)
    expect(validatePosterBoardShape('POSTER-BOARD-123')).toMatch(/at most 12 characters.*has 16/)
  })

  it('orders boards as a visitor walks them: P-2 before P-12, posters without a board last by title', () => {
    const papers = [
      { title: 'Zebra', posterBoard: 'P-12' },
      { title: 'No board B' },
      { title: 'Alpha', posterBoard: 'P-2' },
      { title: 'No board A' },
      { title: 'Mid', posterBoard: 'P-10' },
      { title: 'Number', posterBoard: '3' },
    ]
    expect(byPosterBoard(papers).map((paper) => paper.posterBoard ?? paper.title)).toEqual([
      '3',
      'P-2',
      'P-10',
      'P-12',
      'No board A',
      'No board B',
    ])
    // A copy: the caller's list keeps its order.
    expect(papers[0]?.title).toBe('Zebra')
  })
})

describe('challenge results', () => {
  it('accepts whole places from 1 and explains anything else', () => {
    expect(validateChallengePlace(1)).toBe(true)
    expect(validateChallengePlace(12)).toBe(true)
    expect(validateChallengePlace(undefined)).toMatch(/A place is required/)
    expect(validateChallengePlace(0)).toMatch(/whole number from 1 up.*"0"/)
    expect(validateChallengePlace(1.5)).toMatch(/whole number from 1 up/)
    expect(validateChallengePlace(-2)).toMatch(/whole number from 1 up/)
    expect(validateChallengePlace('2')).toMatch(/whole number from 1 up/)
  })

  it('sorts by place and keeps tied teams in the order they were entered', () => {
    const rows = [
      { place: 3, team: 'C' },
      { place: 1, team: 'A' },
      { place: 2, team: 'B1' },
      { place: 2, team: 'B2' },
    ]
    expect(byPlace(rows).map((row) => row.team)).toEqual(['A', 'B1', 'B2', 'C'])
  })

  it('is no challenge at all when organizers entered nothing, or only an empty description', () => {
    expect(reshapeChallenge(undefined)).toBeUndefined()
    expect(reshapeChallenge({})).toBeUndefined()
    expect(reshapeChallenge({ title: '  ', description: paragraphs(['']), link: null, results: [] })).toBeUndefined()
  })

  it('reshapes a challenge: a default title, results by place, empty cells left out', () => {
    const challenge = reshapeChallenge({
      description: paragraphs(['Generate the data, train on it.']),
      results: [
        { place: 2, team: 'Team B', affiliation: '', metric: 'mIoU', score: '41.20', prize: null },
        { place: 1, team: 'Team A', affiliation: 'VinAI Research', metric: 'mIoU', score: '47.30', prize: 'US$1,000' },
      ],
    })
    expect(challenge?.title).toBe('Challenge')
    expect(challenge?.results).toEqual([
      { place: 1, team: 'Team A', affiliation: 'VinAI Research', metric: 'mIoU', score: '47.30', prize: 'US$1,000' },
      { place: 2, team: 'Team B', affiliation: undefined, metric: 'mIoU', score: '41.20', prize: undefined },
    ])
  })
})
