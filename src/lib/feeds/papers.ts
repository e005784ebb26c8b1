/**
 * An edition's accepted papers for reference managers: /papers.bib (BibTeX) and /papers.json
 * (CSL-JSON, which Zotero, Mendeley and pandoc's citeproc read).
 *
 * Keys are the BibTeX ones everywhere ("nguyen2025synthetic"), so a document citing the .bib
 * and one citing the CSL-JSON use the same keys. A key depends on the paper alone; when two
 * papers would share one, the one with the alphabetically first slug keeps it and the others get
 * "b", "c"…, so the keys do not depend on the order the papers are read in.
 */
import { type CitablePaper, authorSurname, bibtexForPaper, bibtexKey } from '../citation'
import { toInstant } from '../time'

/** Slug → key for every paper. Slugs are unique within an edition. */
export function bibtexKeys(papers: CitablePaper[]): Map<string, string> {
  const bySlug = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  const natural = new Map(bySlug.map((paper) => [paper.slug, bibtexKey(paper)]))
  const taken = new Set<string>()
  const keys = new Map<string, string>()
  // First pass: a key nobody else would have is kept as is, so a collision elsewhere cannot move it.
  const counts = new Map<string, number>()
  for (const key of natural.values()) counts.set(key, (counts.get(key) ?? 0) + 1)
  for (const [slug, key] of natural) {
    if (counts.get(key) === 1) {
      keys.set(slug, key)
      taken.add(key)
    }
  }
  for (const [slug, key] of natural) {
    if (keys.has(slug)) continue
    let candidate = key
    for (let suffix = 1; taken.has(candidate); suffix++) candidate = `${key}${disambiguator(suffix)}`
    keys.set(slug, candidate)
    taken.add(candidate)
  }
  return keys
}

/** 1 → "b", 25 → "z", 26 → "ba": the first of a colliding group keeps the bare key ("a"). */
function disambiguator(index: number): string {
  let out = ''
  let value = index
  do {
    out = String.fromCharCode(97 + (value % 26)) + out
    value = Math.floor(value / 26)
  } while (value > 0)
  return out
}

/** The .bib file: one @inproceedings per paper, in slug order, with abstracts. */
export function bibliography(papers: CitablePaper[]): string {
  const keys = bibtexKeys(papers)
  const ordered = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return ordered.map((paper) => bibtexForPaper(paper, { key: keys.get(paper.slug), withAbstract: true })).join('\n')
}

/** Lower-case words that belong to the family name but do not sort with it ("van der Berg"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu'])

export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string } | { literal: string }

/** "Anna van der Berg" → {given: "Anna", non-dropping-particle: "van der", family: "Berg"}. */
export function cslName(name: string): CslName {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  if (trimmed.includes(',')) {
    const [family = '', ...rest] = trimmed.split(',')
    const given = rest.join(',').trim()
    return given ? { family: family.trim(), given } : { family: family.trim() }
  }
  const words = trimmed.split(' ')
  if (words.length === 1) return { literal: trimmed }
  const family = authorSurname(trimmed)
  const before = words.slice(0, -1)
  let particleStart = before.length
  while (particleStart > 1 && PARTICLES.has(before[particleStart - 1] ?? '')) particleStart--
  const particle = before.slice(particleStart).join(' ')
  const given = before.slice(0, particleStart).join(' ')
  return particle ? { family, given, 'non-dropping-particle': particle } : { family, given }
}

export type CslItem = {
  id: string
  'citation-key': string
  type: 'paper-conference'
  title: string
  author: CslName[]
  issued: { 'date-parts': [[number, number?, number?]] }
  'container-title': string
  'event-title'?: string
  'event-place'?: string
  URL?: string
  abstract?: string
  language: string
}

export type CslContext = { eventTitle?: string; eventPlace?: string | null }

/** "2025-06-11T12:00:00Z" → [2025, 6, 11]; the year alone when the day is unknown. */
function dateParts(paper: CitablePaper): [number, number?, number?] {
  if (!paper.publicationDate) return [paper.year]
  const day = toInstant(paper.publicationDate)
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]
}

/** CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), keyed like the .bib. */
export function cslItems(papers: CitablePaper[], context: CslContext = {}): CslItem[] {
  const keys = bibtexKeys(papers)
  const ordered = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return ordered.map((paper) => {
    const key = keys.get(paper.slug) ?? bibtexKey(paper)
    const item: CslItem = {
      id: key,
      'citation-key': key,
      type: 'paper-conference',
      title: paper.title.trim(),
      author: paper.authors.map((author) => cslName(author.name)),
      issued: { 'date-parts': [dateParts(paper)] },
      'container-title': paper.booktitle.trim(),
      language: 'en',
    }
    if (context.eventTitle) item['event-title'] = context.eventTitle
    if (context.eventPlace?.trim()) item['event-place'] = context.eventPlace.trim()
    if (paper.url) item.URL = paper.url
    if (paper.abstract?.trim()) item.abstract = paper.abstract.trim()
    return item
  })
}
