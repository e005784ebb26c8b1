import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { openReviewNotesToRows, presentationFromVenue } from '../../src/lib/import/openReview'
import { decodeUtf8, detectFormat, normaliseColumnName, parseSource } from '../../src/lib/import/source'
import { formatWallClock, parseZonedTime } from '../../src/lib/import/timeColumns'
import { ImportRequestError } from '../../src/lib/import/types'
import { cellList } from '../../src/lib/import/values'

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures', name), 'utf8')
const bytes = (text: string) => new TextEncoder().encode(text)

describe('reading a CSV file', () => {
  it('reads quoted cells with commas, quotes and line breaks (RFC 4180)', () => {
    const rows = parseSource('title,abstract\r\n"Seeing, Again","Line one\nsaid ""hi"""\r\nPlain,\r\n', 'csv')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.cells.get('abstract')).toBe('Line one\nsaid "hi"')
    expect(rows[0]?.cells.get('title')).toBe('Seeing, Again')
    // Rows are numbered as a spreadsheet numbers them: the header is row 1.
    expect(rows.map((row) => row.row)).toEqual([2, 3])
  })

  it('reads UTF-8 with and without a byte-order mark alike', () => {
    const withBom = parseSource(decodeUtf8(bytes('\uFEFFtitle,authors\nÉtude,Đặng Văn Lâm\n')), 'csv')
    const without = parseSource(decodeUtf8(bytes('title,authors\nÉtude,Đặng Văn Lâm\n')), 'csv')
    expect(withBom[0]?.cells).toEqual(without[0]?.cells)
    expect(withBom[0]?.cells.get('title')).toBe('Étude')
  })

  it('refuses text that is not UTF-8, with a message that says how to save it', () => {
    expect(() => decodeUtf8(new Uint8Array([0x74, 0xe9, 0x74, 0x65]))).toThrow(/UTF-8/)
  })

  it('matches column names loosely', () => {
    expect(normaliseColumnName('OpenReview ID')).toBe(normaliseColumnName('openReviewId'))
    expect(normaliseColumnName('author1_affiliation')).toBe('author1affiliation')
  })

  it('refuses a header that names a column twice', () => {
    expect(() => parseSource('title,Title\na,b\n', 'csv')).toThrow(ImportRequestError)
  })

  it('splits an author list on semicolons, else on commas', () => {
    expect(cellList('A. Smith; B. Jones, Jr.; C')).toEqual(['A. Smith', 'B. Jones, Jr.', 'C'])
    expect(cellList('A, B ,C,')).toEqual(['A', 'B', 'C'])
    expect(cellList(['A', ' B '])).toEqual(['A', 'B'])
  })
})

describe('telling the formats apart', () => {
  it('follows ?format=, then the content type', () => {
    expect(detectFormat('[]', 'openreview', 'application/json')).toBe('openreview')
    expect(detectFormat('a,b', null, 'text/csv; charset=utf-8')).toBe('csv')
    expect(detectFormat('[{}]', null, 'application/json')).toBe('json')
  })

  it('refuses a body that is neither CSV nor JSON', () => {
    expect(() => detectFormat('GIF89a', null, 'image/gif')).toThrow(/text\/csv or application\/json/)
    expect(() => detectFormat('a', 'xlsx', null)).toThrow(/Unknown format/)
  })

  it('reads a JSON list, or the object an export writes', () => {
    expect(parseSource('[{"Title":"A"}]', 'json')[0]?.cells.get('title')).toBe('A')
    expect(parseSource('{"docs":[{"title":"A"},{"title":"B"}]}', 'json').map((row) => row.row)).toEqual([1, 2])
    expect(() => parseSource('{"title":"A"}', 'json')).toThrow(/list of objects/)
    expect(() => parseSource('{"docs":[', 'json')).toThrow(/not valid JSON/)
  })
})

describe('OpenReview notes', () => {
  it('reads the decision from the trailing word of the venue', () => {
    expect(presentationFromVenue('CVPR 2031 Workshop SyntaGen Oral')).toBe('oral')
    expect(presentationFromVenue('CVPR 2031 Workshop SyntaGen Spotlight')).toBe('spotlight')
    expect(presentationFromVenue('CVPR 2031 Workshop SyntaGen Poster')).toBe('poster')
    expect(presentationFromVenue('CVPR 2031 Workshop SyntaGen')).toBe('poster')
    expect(presentationFromVenue('Submitted to CVPR 2031 Workshop SyntaGen')).toBeUndefined()
  })

  it('turns each note into a paper row: title, authors in order, abstract, pdf, forum link and id', () => {
    const rows = openReviewNotesToRows(JSON.parse(fixture('openreview-notes.json')))
    expect(rows).toHaveLength(5)
    const first = rows[0]?.cells
    expect(first?.get('title')).toBe('Diffusion Priors for Synthetic Segmentation Data')
    expect(first?.get('authors')).toEqual(['Minh Anh Nguyen', 'Sofía Ramírez', 'Jonas Weber'])
    expect(first?.get('openreviewid')).toBe('SynthSeg7aQ')
    expect(first?.get('openreviewurl')).toBe('https://openreview.net/forum?id=SynthSeg7aQ')
    expect(String(first?.get('pdf'))).toMatch(/^https:\/\/openreview\.net\/pdf\/.+\.pdf$/)
    expect(rows.map((row) => row.cells.get('presentation'))).toEqual(['oral', 'oral', 'spotlight', 'poster', 'poster'])
  })

  it('refuses JSON without a notes list', () => {
    expect(() => openReviewNotesToRows([{ content: {} }])).toThrow(/"notes" list/)
  })
})

describe('times in their zone', () => {
  it('reads a wall clock in the zone given, and an explicit offset as the instant it names', () => {
    expect(parseZonedTime('2025-06-11 09:00', 'America/Chicago')).toEqual({ value: '2025-06-11T14:00:00.000Z' })
    expect(parseZonedTime('2025-06-11T09:00', 'America/Chicago')).toEqual({ value: '2025-06-11T14:00:00.000Z' })
    expect(parseZonedTime('2025-03-07 23:59', 'Etc/GMT+12')).toEqual({ value: '2025-03-08T11:59:00.000Z' })
    expect(parseZonedTime('2025-06-11T09:00-07:00', 'America/Chicago')).toEqual({ value: '2025-06-11T16:00:00.000Z' })
  })

  it('refuses what is not a date, naming the zone it would be read in', () => {
    expect(parseZonedTime('11/06/2025 9am', 'America/Chicago')).toEqual({
      error: '"11/06/2025 9am" is not a date and time. Write it as 2025-06-11 09:00 (in America/Chicago).',
    })
    expect(parseZonedTime('2025-02-31 09:00', 'UTC')).toHaveProperty('error')
  })

  it('writes the wall clock back the way it was read', () => {
    expect(formatWallClock('2025-06-11T14:00:00.000Z', 'America/Chicago')).toBe('2025-06-11 09:00')
  })
})
