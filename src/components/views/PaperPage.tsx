import type { Metadata } from 'next'

import { type CitablePaper, bibtexForPaper, citationMetaTags, scholarlyArticleJsonLd } from '@/lib/citation'
import { pageMetadata } from '@/lib/metadata'
import { getSchedule } from '@/lib/queries'
import type { EditionView, PaperView } from '@/lib/reshape'
import { absoluteUrl, sitePaths, siteUrl } from '@/lib/siteUrl'

import { JsonLd } from '../JsonLd'
import { PaperBadges } from '../papers/PaperBadges'
import { CopyButton } from '../papers/CopyButton.client'
import { SessionMention } from '../schedule/SessionMention'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'
import { StarButton } from '../stars/StarButton.client'

const LINK_LABELS: Record<keyof PaperView['links'], string> = {
  pdf: 'PDF',
  arxiv: 'arXiv',
  openReview: 'OpenReview',
  code: 'Code',
  project: 'Project page',
  poster: 'Poster',
  video: 'Video',
}

/** The proceedings a paper of this edition appears in, as citations name them. */
function booktitle(edition: EditionView): string {
  return edition.conference === 'CVPR'
    ? 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops'
    : `Proceedings of the ${edition.conference} ${edition.year} Workshops`
}

function paperPath(edition: EditionView, paper: PaperView): string {
  return `${edition.basePath}${sitePaths.paper(paper.slug)}`
}

function citable(edition: EditionView, paper: PaperView, base: string): CitablePaper {
  return {
    title: paper.title,
    authors: paper.authors,
    year: edition.year,
    booktitle: booktitle(edition),
    url: absoluteUrl(paperPath(edition, paper), base),
    slug: paper.slug,
    pdfUrl: paper.links.pdf,
    publicationDate: edition.date,
    abstract: paper.abstract,
  }
}

export async function PaperPage({ edition, paper }: { edition: EditionView; paper: PaperView }) {
  const [sessions, base] = await Promise.all([getSchedule(edition.id), siteUrl()])
  const session = sessions.find((candidate) => candidate.id === paper.sessionId)
  const citation = citable(edition, paper, base)
  const links = (Object.keys(LINK_LABELS) as (keyof PaperView['links'])[]).flatMap((name) => {
    const href = paper.links[name]
    return href ? [{ name, href }] : []
  })

  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <article className="paper">
          <p className="eyebrow">
            <a href={`${edition.basePath}${sitePaths.papers()}`}>Accepted papers, {edition.name}</a>
          </p>
          <h1>{paper.title}</h1>
          <ul className="paper-authors inline-list" aria-label="Authors">
            {paper.authors.map((author, index) => (
              <li key={`${author.name}-${index}`}>
                {author.name}
                {author.affiliation ? <span className="author-affiliation"> ({author.affiliation})</span> : null}
              </li>
            ))}
          </ul>
          <PaperBadges paper={paper} />
          <p className="paper-star">
            <StarButton year={edition.year} kind="paper" id={paper.id} title={paper.title} />{' '}
            <a href={`${edition.basePath}${sitePaths.mySchedule()}`}>My schedule</a>
          </p>
          {session ? (
            <p>
              Presented in <SessionMention session={session} basePath={edition.basePath} timeZone={edition.timeZone} />.
            </p>
          ) : null}

          {paper.abstract ? (
            <>
              <h2>Abstract</h2>
              {paper.abstract.split(/\n\s*\n/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </>
          ) : null}

          {links.length > 0 ? (
            <>
              <h2>Links</h2>
              <ul className="inline-list paper-links">
                {links.map((link) => (
                  <li key={link.name}>
                    <a href={link.href}>{LINK_LABELS[link.name]}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <h2 id="cite">Cite</h2>
          <pre className="bibtex" tabIndex={0} aria-labelledby="cite">
            <code>{bibtexForPaper(citation)}</code>
          </pre>
          <CopyButton text={bibtexForPaper(citation)} label="Copy BibTeX" />
        </article>
      </main>
      <SiteFooter edition={edition} />
      <JsonLd data={scholarlyArticleJsonLd(citation)} />
      {/*
        Google Scholar's tags, in its order: each citation_author_institution right after its
        author. Metadata's `other` groups repeated names (all authors, then all institutions),
        which misattributes institutions; React 19 hoists these <meta> into <head> as written.
      */}
      {citationMetaTags(citation).map((tag, index) => (
        <meta key={`${tag.name}-${index}`} name={tag.name} content={tag.content} />
      ))}
    </>
  )
}

export function paperMetadata(edition: EditionView, paper: PaperView): Metadata {
  const authors = paper.authors.map((author) => author.name).join(', ')
  return pageMetadata({
    title: paper.title,
    description: paper.abstract ? truncate(paper.abstract, 200) : `${paper.title}, by ${authors}. ${edition.name}.`,
    path: paperPath(edition, paper),
    seo: paper.seo,
    type: 'article',
  })
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).replace(/\s+\S*$/, '')}…`
}
