/**
 * Thousands of published papers straight into the database, for the scale tests and the bench:
 * one multi-row INSERT per few hundred rows, in one transaction. Through Payload this would take
 * minutes; the rows are what Payload itself writes for a published paper (main table, authors
 * table, and the derived search columns its hook keeps).
 */
import { randomUUID } from 'node:crypto'

import { createClient } from '@libsql/client'
import pg from 'pg'

import { paperListRank, paperSearchText } from '../../src/lib/papers/filter'
import type { Paper } from '../../src/payload-types'

export type BulkPaper = {
  title: string
  slug: string
  abstract: string
  authors: string[]
  presentation: Paper['presentation']
  award: Paper['award']
}

const CHUNK = 400

type Row = (string | number | null)[]

function placeholders(rows: number, columns: number, dialect: 'sqlite' | 'postgres'): string {
  let next = 1
  const row = () => `(${Array.from({ length: columns }, () => (dialect === 'sqlite' ? '?' : `$${next++}`)).join(', ')})`
  return Array.from({ length: rows }, row).join(', ')
}

function rowsOf(editionId: string, papers: BulkPaper[]): { paperRows: Row[]; authorRows: Row[] } {
  const paperRows: Row[] = []
  const authorRows: Row[] = []
  for (const paper of papers) {
    const id = randomUUID()
    const authors = paper.authors.map((name) => ({ name }))
    paperRows.push([
      id,
      paper.title,
      paper.abstract,
      paper.presentation,
      paper.award,
      'full',
      paper.slug,
      editionId,
      'published',
      paperSearchText({ title: paper.title, authors, abstract: paper.abstract }),
      paperListRank(paper),
    ])
    paper.authors.forEach((name, order) => authorRows.push([order + 1, id, randomUUID(), name]))
  }
  return { paperRows, authorRows }
}

const PAPER_COLUMNS =
  'id, title, abstract, presentation, award, track, slug, edition_id, _status, search_text, list_rank'
const AUTHOR_COLUMNS = '_order, _parent_id, id, name'

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let index = 0; index < items.length; index += CHUNK) out.push(items.slice(index, index + CHUNK))
  return out
}

/** Inserts the papers as published papers of the edition. */
export async function insertPapers(databaseUrl: string, editionId: string, papers: BulkPaper[]): Promise<void> {
  const { paperRows, authorRows } = rowsOf(editionId, papers)
  if (databaseUrl.startsWith('file:')) {
    const client = createClient({ url: databaseUrl })
    try {
      const statements = [
        ...chunks(paperRows).map((rows) => ({
          sql: `INSERT INTO papers (${PAPER_COLUMNS}) VALUES ${placeholders(rows.length, 11, 'sqlite')}`,
          args: rows.flat(),
        })),
        ...chunks(authorRows).map((rows) => ({
          sql: `INSERT INTO papers_authors (${AUTHOR_COLUMNS}) VALUES ${placeholders(rows.length, 4, 'sqlite')}`,
          args: rows.flat(),
        })),
      ]
      await client.batch(statements, 'write')
    } finally {
      client.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN')
    for (const rows of chunks(paperRows)) {
      await client.query(
        `INSERT INTO papers (${PAPER_COLUMNS}) VALUES ${placeholders(rows.length, 11, 'postgres')}`,
        rows.flat(),
      )
    }
    for (const rows of chunks(authorRows)) {
      await client.query(
        `INSERT INTO papers_authors (${AUTHOR_COLUMNS}) VALUES ${placeholders(rows.length, 4, 'postgres')}`,
        rows.flat(),
      )
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    await client.end()
  }
}

/** Removes the papers whose slug starts with the prefix (their authors go with them). */
export async function deletePapers(databaseUrl: string, slugPrefix: string): Promise<void> {
  if (databaseUrl.startsWith('file:')) {
    const client = createClient({ url: databaseUrl })
    try {
      await client.batch(
        [
          {
            sql: 'DELETE FROM papers_authors WHERE _parent_id IN (SELECT id FROM papers WHERE slug LIKE ?)',
            args: [`${slugPrefix}%`],
          },
          { sql: 'DELETE FROM papers WHERE slug LIKE ?', args: [`${slugPrefix}%`] },
        ],
        'write',
      )
    } finally {
      client.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('DELETE FROM papers WHERE slug LIKE $1', [`${slugPrefix}%`])
  } finally {
    await client.end()
  }
}

/**
 * 10,000 papers like a big year's: awards and orals among them, accented author names, and words
 * that pick out known sets (zeta<N>x is in the abstracts of every paper whose number ends in N).
 */
export function manyPapers(count: number, slugPrefix: string): BulkPaper[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Synthetic data study ${String(index).padStart(5, '0')}`,
    slug: `${slugPrefix}${index}`,
    abstract: `We study synthetic data at scale. Marker zeta${index % 100}x. `.repeat(6),
    authors: [`Author ${index}`, index % 250 === 0 ? 'Trần Thị Nguyễn' : 'Someone Else'],
    presentation: index % 500 === 0 ? 'oral' : 'poster',
    award: index % 1000 === 1 ? 'best-paper' : 'none',
  }))
}
