/**
 * How a paper and the workshop describe themselves to people and machines: a BibTeX entry to copy,
 * the Highwire-style <meta> tags Google Scholar indexes, and schema.org JSON-LD.
 *
 * Google Scholar's inclusion guidelines: https://scholar.google.com/intl/en/scholar/inclusion.html#indexing
 * schema.org: https://schema.org/ScholarlyArticle and https://schema.org/Event
 */
import { bibtex as UNICODE_TO_BIBTEX } from 'unicode2latex'

import { absoluteUrl, sitePaths } from './siteUrl'
import { sessionEnd, toInstant, toZonedIso } from './time'

// ---------------------------------------------------------------------------------------------
// Input

export type CitableAuthor = { name: string; affiliation?: string | null }

export type CitablePaper = {
  title: string
  authors: CitableAuthor[]
  year: number
  /** "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops" */
  booktitle: string
  /** The paper's page on this site. */
  url?: string
  slug: string
  pdfUrl?: string | null
  /** The workshop day (any ISO date or instant); the year alone when unknown. */
  publicationDate?: string | null
  abstract?: string | null
}

// ---------------------------------------------------------------------------------------------
// BibTeX

/**
 * Combining marks → the LaTeX accent commands that typeset them. Classic BibTeX is byte-based:
 * a raw "ü" sorts and abbreviates wrongly and breaks without inputenc, so Latin letters are
 * written the way BibTeX itself documents, "{\"u}".
 */
const LATEX_ACCENTS: Record<string, string> = {
  '\u0300': '`', // grave
  '\u0301': "'", // acute
  '\u0302': '^', // circumflex
  '\u0303': '~', // tilde
  '\u0304': '=', // macron
  '\u0306': 'u', // breve
  '\u0307': '.', // dot above
  '\u0308': '"', // diaeresis
  '\u030a': 'r', // ring
  '\u030b': 'H', // double acute
  '\u030c': 'v', // caron
  '\u0323': 'd', // dot below (Vietnamese)
  '\u0327': 'c', // cedilla
  '\u0328': 'k', // ogonek
}

/** Letters that do not decompose into a base letter and a mark. */
const LATEX_LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  đ: '{\\dj}',
  Đ: '{\\DJ}',
  ı: '{\\i}',
  þ: '{\\th}',
  Þ: '{\\TH}',
  ð: '{\\dh}',
  Ð: '{\\DH}',
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default OT1 encoding these print as "¡", "¿" and "—".
  '<': '{\\textless}',
  '>': '{\\textgreater}',
  '|': '{\\textbar}',
}

const COMBINING_MARK = /\p{M}/u

/**
 * Text as it may appear inside a BibTeX field: LaTeX's special characters escaped, accented Latin
 * letters as accent commands, and every other character unicode2latex's BibTeX table knows
 * (dashes, quotes, Greek, symbols) as its LaTeX spelling. What no table spells (CJK…) stays UTF-8,
 * which biber and modern LaTeX read.
 *
 * Why not unicode2latex's own Transform: it writes stacked accents as "{\~\^e}", which LaTeX and
 * bibtex parsers misread ("ễ" must be "{\~{\^e}}"). So accented Latin letters are composed here,
 * mark by mark, and the maintained table (Better BibTeX's) covers the rest.
 */
export function toLatex(text: string): string {
  let out = ''
  for (const character of text.normalize('NFC')) {
    const special = LATEX_SPECIALS[character]
    if (special) {
      out += special
      continue
    }
    const letter = LATEX_LETTERS[character]
    if (letter) {
      out += letter
      continue
    }
    if (character.charCodeAt(0) < 0x80) {
      out += character
      continue
    }
    const accented = accentedToLatex(character)
    out += accented === character ? fromUnicodeTable(character) : accented
  }
  return out
}

const GREEK = /\p{Script=Greek}/u

/** "—" → "---", "α" → "{$\alpha$}", "€" → "{\texteuro}"; the character itself when the table has no spelling. */
function fromUnicodeTable(character: string): string {
  const entry = UNICODE_TO_BIBTEX.base[character]
  if (!entry) return character
  // Greek letters are maths in BibTeX files ("{$\Omega$}"), not text symbols such as \textohm.
  if (entry.math !== undefined && GREEK.test(character)) return `{$${entry.math}$}`
  // A command is braced so it neither swallows the following space nor the next letter.
  if (entry.text !== undefined) return entry.text.startsWith('\\') ? `{${entry.text}}` : entry.text
  if (entry.math !== undefined) return `{$${entry.math}$}`
  return character
}

/** "ü" → "{\"u}", "ễ" → "{\~{\^e}}", "ç" → "{\c{c}}", "í" → "{\'i}"; anything else unchanged. */
function accentedToLatex(character: string): string {
  const [base = '', ...marks] = [...character.normalize('NFD')]
  if (marks.length === 0 || !/^[A-Za-z]$/.test(base) || !marks.every((mark) => COMBINING_MARK.test(mark))) {
    return character
  }
  const commands = marks.map((mark) => LATEX_ACCENTS[mark])
  if (commands.some((command) => command === undefined)) return character
  // "{\'i}", not the older "{\'\i}": LaTeX since 2018 places the accent on a dotless i itself,
  // and reference managers (Zotero, bibtex parsers) read "\'i" back as "í" but "\'\i" as "ı́".
  let body = base
  // Marks come in canonical order, nearest the letter first: "ễ" is e, circumflex, then tilde.
  // A symbol accent takes a lone letter without braces ({\"u}, the form BibTeX documents);
  // a letter accent (\c, \v, \d…) or a stacked one needs them.
  for (const command of commands as string[]) {
    const bare = /^[^a-zA-Z]$/.test(command) && /^(?:[A-Za-z]|\\[ij])$/.test(body)
    body = bare ? `\\${command}${body}` : `\\${command}{${body}}`
  }
  return `{${body}}`
}

/** Folds accents away and keeps ASCII letters and digits: for keys, never for display. */
function asciiWord(text: string): string {
  let folded = ''
  for (const character of text.normalize('NFC')) {
    const letter = LATEX_LETTERS[character]
    folded += letter ? letter.replace(/[{}\\]/g, '') : character
  }
  return folded
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/**
 * The family name: the last word, or what precedes a comma ("van der Berg, Anna"). Names are
 * entered in the order the paper prints them, which for the workshop's authors is given name first.
 */
export function authorSurname(name: string): string {
  const trimmed = name.trim()
  if (trimmed.includes(',')) return trimmed.split(',')[0]?.trim() ?? ''
  const words = trimmed.split(/\s+/)
  return words[words.length - 1] ?? ''
}

const TITLE_STOP_WORDS = new Set([
  'a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'or', 'with', 'via', 'from', 'by', 'at',
  'is', 'are', 'do', 'does', 'can', 'how', 'what', 'why', 'when', 'towards', 'toward', 'into', 'as',
])

/** The first title word that is not a stop word, as an ASCII lowercase key part. */
function firstSignificantWord(title: string): string {
  for (const word of title.split(/[\s\-–—:/]+/)) {
    const key = asciiWord(word)
    if (key && !TITLE_STOP_WORDS.has(key)) return key
  }
  return ''
}

/** "nguyen2025synthetic": first author's surname, year, first significant title word. */
export function bibtexKey(paper: Pick<CitablePaper, 'authors' | 'year' | 'title' | 'slug'>): string {
  const surname = asciiWord(authorSurname(paper.authors[0]?.name ?? '')) || 'anonymous'
  const word = firstSignificantWord(paper.title) || asciiWord(paper.slug).slice(0, 20)
  return `${surname}${paper.year}${word}`
}

/**
 * Words with a capital after their first letter ("GANs", "3D", "NeRF") would be lowercased by
 * most bibliography styles; braces keep them as written.
 */
function protectCapitals(latexTitle: string): string {
  // A run of letters, digits and hyphens with a capital after its first character, not the name
  // of a command ("\DJ") nor part of a longer run.
  return latexTitle.replace(/(?<![\\A-Za-z0-9-])[A-Za-z0-9][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*/g, (word) => `{${word}}`)
}

/** A BibTeX URL field is read verbatim by the url package: only unbalanced braces need care. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}]/g, (brace) => (brace === '{' ? '%7B' : '%7D'))
}

/** Only a library (papers.bib) carries abstracts: the copy-paste snippet on a paper's page stays short. */
export type BibtexOptions = { key?: string; withAbstract?: boolean }

/** An @inproceedings entry, fields aligned, ready to paste. */
export function bibtexForPaper(paper: CitablePaper, { key = bibtexKey(paper), withAbstract = false }: BibtexOptions = {}): string {
  const fields: [string, string][] = [
    ['title', protectCapitals(toLatex(paper.title.trim()))],
    ['author', paper.authors.map((author) => toLatex(author.name.trim())).join(' and ')],
    ['booktitle', toLatex(paper.booktitle.trim())],
    ['year', String(paper.year)],
  ]
  if (paper.url) fields.push(['url', bibtexUrl(paper.url)])
  if (withAbstract && paper.abstract?.trim()) fields.push(['abstract', toLatex(paper.abstract.trim())])
  const width = Math.max(...fields.map(([name]) => name.length))
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`)
  return `@inproceedings{${key},\n${lines.join(',\n')}\n}\n`
}

// ---------------------------------------------------------------------------------------------
// Google Scholar

export type MetaTag = { name: string; content: string }

/**
 * "2024-06-17" from "2024-06-17" or an instant. The workshop day is stored as noon UTC, so its UTC
 * day is the day everywhere from UTC−11 to UTC+11.
 */
function isoDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : toInstant(value).toISOString().slice(0, 10)
}

/** "2024/06/17" from the workshop day, else "2024". */
export function scholarPublicationDate(paper: Pick<CitablePaper, 'year' | 'publicationDate'>): string {
  if (!paper.publicationDate) return String(paper.year)
  return isoDay(paper.publicationDate).replaceAll('-', '/')
}

/**
 * Highwire Press tags, in the order Scholar documents them: one citation_author per author, each
 * followed by its institution. citation_pdf_url only when there is a PDF: Scholar indexes the
 * full text from it.
 */
export function citationMetaTags(paper: CitablePaper): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: paper.title.trim() }]
  for (const author of paper.authors) {
    tags.push({ name: 'citation_author', content: author.name.trim() })
    if (author.affiliation?.trim()) tags.push({ name: 'citation_author_institution', content: author.affiliation.trim() })
  }
  tags.push({ name: 'citation_publication_date', content: scholarPublicationDate(paper) })
  tags.push({ name: 'citation_conference_title', content: paper.booktitle.trim() })
  if (paper.pdfUrl) tags.push({ name: 'citation_pdf_url', content: paper.pdfUrl })
  if (paper.url) tags.push({ name: 'citation_abstract_html_url', content: paper.url })
  return tags
}

// ---------------------------------------------------------------------------------------------
// schema.org JSON-LD

export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string; [property: string]: unknown }

/** The object for <script type="application/ld+json">, with "<" escaped so a title cannot close the script. */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

export function scholarlyArticleJsonLd(paper: CitablePaper): JsonLd {
  const article: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    // Google truncates headlines past 110 characters; `name` keeps the full title.
    headline: paper.title.trim().slice(0, 110),
    name: paper.title.trim(),
    author: paper.authors.map((author) => ({
      '@type': 'Person',
      name: author.name.trim(),
      ...(author.affiliation?.trim() ? { affiliation: { '@type': 'Organization', name: author.affiliation.trim() } } : {}),
    })),
    datePublished: paper.publicationDate ? isoDay(paper.publicationDate) : String(paper.year),
    isPartOf: { '@type': 'CreativeWork', name: paper.booktitle.trim() },
  }
  if (paper.url) article.url = paper.url
  if (paper.abstract?.trim()) article.abstract = paper.abstract.trim()
  if (paper.pdfUrl) article.encoding = { '@type': 'MediaObject', contentUrl: paper.pdfUrl, encodingFormat: 'application/pdf' }
  return article
}

export type EventEdition = {
  name: string
  year: number
  /** The host conference, e.g. "CVPR". */
  conference: string
  timeZone: string
  /** The workshop day (stored as noon UTC); used when there is no schedule yet. */
  date?: string | null
  venue?: string | null
  city?: string | null
  tagline?: string | null
  cancelled?: boolean
  /** The current edition's canonical address is the home page, not /<year>. */
  isCurrent?: boolean
  organizers?: { name: string; url?: string | null }[]
}

export type EventSession = { id: string; title: string; kind?: string; start: string; durationMinutes: number }

/**
 * The workshop as a schema.org Event. Start and end come from the schedule, written with the
 * venue's offset; before there is a schedule, the workshop day is a date. The host conference
 * is the super-event.
 */
export function eventJsonLd(edition: EventEdition, sessions: EventSession[], siteUrl: string): JsonLd {
  const url = absoluteUrl(edition.isCurrent ? sitePaths.home() : sitePaths.edition(edition.year), siteUrl)
  const timed = sessions
    .map((session) => ({ start: toInstant(session.start), end: sessionEnd(session.start, session.durationMinutes) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
  const first = timed[0]
  const lastEnd = timed.reduce<Date | undefined>((latest, { end }) => (!latest || end > latest ? end : latest), undefined)

  const event: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: edition.name,
    url,
    eventStatus: edition.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  }
  if (first && lastEnd) {
    event.startDate = toZonedIso(first.start, edition.timeZone)
    event.endDate = toZonedIso(lastEnd, edition.timeZone)
  } else if (edition.date) {
    event.startDate = isoDay(edition.date)
    event.endDate = isoDay(edition.date)
  }
  if (edition.tagline?.trim()) event.description = edition.tagline.trim()
  const venue = edition.venue?.trim()
  const city = edition.city?.trim()
  if (venue || city) {
    event.location = {
      '@type': 'Place',
      name: venue || city,
      // Google requires an address; the city is all the edition records.
      address: city ? { '@type': 'PostalAddress', addressLocality: city } : venue,
    }
  }
  event.organizer =
    edition.organizers && edition.organizers.length > 0
      ? edition.organizers.map((organizer) => ({ '@type': 'Person', name: organizer.name, ...(organizer.url ? { url: organizer.url } : {}) }))
      : { '@type': 'Organization', name: 'SyntaGen workshop organizers', url: absoluteUrl(sitePaths.home(), siteUrl) }
  event.superEvent = { '@type': 'Event', name: `${edition.conference} ${edition.year}` }
  return event
}

// ---------------------------------------------------------------------------------------------
// Proceedings

/** The proceedings a paper of this edition appears in, as citations name them. */
export function proceedingsTitle(edition: { conference?: string | null; year: number }): string {
  const conference = edition.conference?.trim() || 'CVPR'
  return conference === 'CVPR'
    ? 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops'
    : `Proceedings of the ${conference} ${edition.year} Workshops`
}
