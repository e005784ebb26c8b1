import { describe, expect, it } from 'vitest'

import {
  authorSurname,
  bibtexForPaper,
  bibtexKey,
  citationMetaTags,
  eventJsonLd,
  scholarlyArticleJsonLd,
  serializeJsonLd,
  toLatex,
} from '../../src/lib/citation'
import type { CitablePaper, EventEdition } from '../../src/lib/citation'

const BOOKTITLE = 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops'

const paper: CitablePaper = {
  title: 'Synthetic Data for GANs: 100% Free & Open_Source {Really}',
  authors: [{ name: 'Anh Nguyễn', affiliation: 'VinAI' }, { name: 'Jürgen Müller' }, { name: 'Søren Łukasiewicz' }],
  year: 2025,
  booktitle: BOOKTITLE,
  url: 'https://syntagen.example.org/papers/synthetic-data-for-gans',
  slug: 'synthetic-data-for-gans',
  pdfUrl: 'https://openreview.net/pdf?id=aBcD123xyz',
  publicationDate: '2025-06-11T12:00:00.000Z',
  abstract: 'We study synthetic data.',
}

describe('toLatex', () => {
  it("escapes LaTeX's special characters", () => {
    expect(toLatex('R&D at 100% of a_b {x} costs $5 #1')).toBe('R\\&D at 100\\% of a\\_b \\{x\\} costs \\$5 \\#1')
    expect(toLatex('~^\\')).toBe('\\textasciitilde{}\\textasciicircum{}\\textbackslash{}')
  })

  it('spells accented Latin letters as accent commands', () => {
    expect(toLatex('Jürgen Müller')).toBe('J{\\"u}rgen M{\\"u}ller')
    expect(toLatex('José Íñigo')).toBe("Jos{\\'e} {\\'I}{\\~n}igo")
    expect(toLatex('Zoë Çelik')).toBe('Zo{\\"e} {\\c{C}}elik')
    expect(toLatex('Dvořák')).toBe("Dvo{\\v{r}}{\\'a}k")
    expect(toLatex('Søren Łukasiewicz, Straße')).toBe('S{\\o}ren {\\L}ukasiewicz, Stra{\\ss}e')
  })

  it('stacks two accents and drops the dot of an accented i', () => {
    expect(toLatex('Nguyễn')).toBe('Nguy{\\~{\\^e}}n')
    expect(toLatex('Đặng Thị')).toBe('{\\DJ}{\\u{\\d{a}}}ng Th{\\d{i}}')
    expect(toLatex('Rí')).toBe("R{\\'i}")
  })

  it('keeps scripts without a LaTeX spelling as they are, and writes Greek, dashes and quotes the LaTeX way', () => {
    expect(toLatex('王小明 & Ωmega')).toBe('王小明 \\& {$\\Omega$}mega')
    expect(toLatex('A — “b” – c…')).toBe("A --- ``b'' -- c{\\dots}")
  })
})

describe('bibtexKey', () => {
  it("is the first author's surname, the year and the first significant title word", () => {
    expect(bibtexKey(paper)).toBe('nguyen2025synthetic')
    expect(bibtexKey({ ...paper, title: 'A Study of the Diffusion Prior', authors: [{ name: 'Jürgen Müller' }] })).toBe(
      'muller2025study',
    )
    expect(bibtexKey({ ...paper, title: 'On 3D-Aware Generators', authors: [{ name: 'van der Berg, Anna' }] })).toBe(
      'vanderberg20253d',
    )
    expect(bibtexKey({ ...paper, title: 'Towards Łódź', authors: [{ name: 'Đặng Thu' }] })).toBe('thu2025lodz')
  })

  it('never comes out empty', () => {
    expect(bibtexKey({ ...paper, title: '合成データ', authors: [{ name: '王小明' }] })).toBe('anonymous2025syntheticdataforgans')
  })

  it('reads the family name before a comma or as the last word', () => {
    expect(authorSurname('Jia-Bin Huang')).toBe('Huang')
    expect(authorSurname('Huang, Jia-Bin')).toBe('Huang')
  })
})

describe('bibtexForPaper', () => {
  it('writes an @inproceedings entry with every field escaped', () => {
    expect(bibtexForPaper(paper)).toBe(
      [
        '@inproceedings{nguyen2025synthetic,',
        '  title     = {Synthetic Data for {GANs}: 100\\% Free \\& Open\\_Source \\{Really\\}},',
        '  author    = {Anh Nguy{\\~{\\^e}}n and J{\\"u}rgen M{\\"u}ller and S{\\o}ren {\\L}ukasiewicz},',
        `  booktitle = {${BOOKTITLE}},`,
        '  year      = {2025},',
        '  url       = {https://syntagen.example.org/papers/synthetic-data-for-gans}',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('keeps words with inner capitals as written, and nothing else', () => {
    const title = (text: string) => /title\s+= \{(.*)\},/.exec(bibtexForPaper({ ...paper, title: text }))?.[1]
    expect(title('NeRF-based 3D Scenes from DALL-E and Łódź')).toBe('{NeRF-based} {3D} Scenes from {DALL-E} and {\\L}{\\\'o}d{\\\'z}')
  })

  it('keeps braces balanced whatever the title holds', () => {
    const entry = bibtexForPaper({ ...paper, title: '}{ unbalanced {{', url: undefined })
    const unescaped = entry.replace(/\\[{}]/g, '')
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length)
    expect(entry).not.toContain('url')
  })
})

describe('citationMetaTags', () => {
  it('gives Google Scholar one tag per author, the date and the PDF', () => {
    expect(citationMetaTags(paper)).toEqual([
      { name: 'citation_title', content: 'Synthetic Data for GANs: 100% Free & Open_Source {Really}' },
      { name: 'citation_author', content: 'Anh Nguyễn' },
      { name: 'citation_author_institution', content: 'VinAI' },
      { name: 'citation_author', content: 'Jürgen Müller' },
      { name: 'citation_author', content: 'Søren Łukasiewicz' },
      { name: 'citation_publication_date', content: '2025/06/11' },
      { name: 'citation_conference_title', content: BOOKTITLE },
      { name: 'citation_pdf_url', content: 'https://openreview.net/pdf?id=aBcD123xyz' },
      { name: 'citation_abstract_html_url', content: 'https://syntagen.example.org/papers/synthetic-data-for-gans' },
    ])
  })

  it('falls back to the year, and leaves out a missing PDF', () => {
    const tags = citationMetaTags({ ...paper, publicationDate: null, pdfUrl: null })
    expect(tags.find((tag) => tag.name === 'citation_publication_date')?.content).toBe('2025')
    expect(tags.some((tag) => tag.name === 'citation_pdf_url')).toBe(false)
  })
})

describe('scholarlyArticleJsonLd', () => {
  it('describes the paper as a schema.org ScholarlyArticle', () => {
    expect(scholarlyArticleJsonLd(paper)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'Synthetic Data for GANs: 100% Free & Open_Source {Really}',
      name: 'Synthetic Data for GANs: 100% Free & Open_Source {Really}',
      author: [
        { '@type': 'Person', name: 'Anh Nguyễn', affiliation: { '@type': 'Organization', name: 'VinAI' } },
        { '@type': 'Person', name: 'Jürgen Müller' },
        { '@type': 'Person', name: 'Søren Łukasiewicz' },
      ],
      datePublished: '2025-06-11',
      isPartOf: { '@type': 'CreativeWork', name: BOOKTITLE },
      url: 'https://syntagen.example.org/papers/synthetic-data-for-gans',
      abstract: 'We study synthetic data.',
      encoding: { '@type': 'MediaObject', contentUrl: 'https://openreview.net/pdf?id=aBcD123xyz', encodingFormat: 'application/pdf' },
    })
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const text = serializeJsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script')
    expect(JSON.parse(text)).toEqual({ '@type': 'Thing', name: '</script><script>alert(1)</script>' })
  })
})

describe('eventJsonLd', () => {
  const edition: EventEdition = {
    name: 'SyntaGen 2024',
    year: 2024,
    conference: 'CVPR',
    timeZone: 'America/Los_Angeles',
    date: '2024-06-17T12:00:00.000Z',
    venue: 'Seattle Convention Center',
    city: 'Seattle',
    tagline: 'Harnessing Generative Models for Synthetic Visual Datasets',
  }
  const sessions = [
    { id: 'b', title: 'Poster session', start: '2024-06-17T18:40:00.000Z', durationMinutes: 40 },
    { id: 'a', title: 'Introduction', start: '2024-06-17T15:25:00.000Z', durationMinutes: 5 },
  ]

  it('spans the schedule in the venue offset and names the place, organizer and conference', () => {
    expect(eventJsonLd(edition, sessions, 'https://syntagen.example.org/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'SyntaGen 2024',
      url: 'https://syntagen.example.org/2024',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      startDate: '2024-06-17T08:25:00-07:00',
      endDate: '2024-06-17T12:20:00-07:00',
      description: 'Harnessing Generative Models for Synthetic Visual Datasets',
      location: {
        '@type': 'Place',
        name: 'Seattle Convention Center',
        address: { '@type': 'PostalAddress', addressLocality: 'Seattle' },
      },
      organizer: { '@type': 'Organization', name: 'SyntaGen workshop organizers', url: 'https://syntagen.example.org/' },
      superEvent: { '@type': 'Event', name: 'CVPR 2024' },
    })
  })

  it('uses the workshop day before there is a schedule', () => {
    const event = eventJsonLd({ ...edition, cancelled: true }, [], 'https://syntagen.example.org')
    expect(event.startDate).toBe('2024-06-17')
    expect(event.endDate).toBe('2024-06-17')
    expect(event.eventStatus).toBe('https://schema.org/EventCancelled')
  })
  it('gives the current edition the home page as its address, archives their year', () => {
    expect(eventJsonLd({ ...edition, isCurrent: true }, [], 'https://syntagen.example.org').url).toBe('https://syntagen.example.org/')
    expect(eventJsonLd({ ...edition, isCurrent: false }, [], 'https://syntagen.example.org').url).toBe('https://syntagen.example.org/2024')
  })
})
