import { type FeedFile, sitePaths } from '@/lib/siteUrl'

const FEEDS = {
  schedule: {
    lead: 'For conference apps:',
    links: [
      { file: 'schedule.xml', label: 'frab XML' },
      { file: 'schedule.json', label: 'JSON' },
      { file: 'schedule.xcal', label: 'xCal' },
    ],
  },
  papers: {
    lead: 'Cite them all:',
    links: [
      { file: 'papers.bib', label: 'BibTeX' },
      { file: 'papers.json', label: 'CSL-JSON (Zotero, pandoc)' },
    ],
  },
} as const satisfies Record<string, { lead: string; links: readonly { file: FeedFile; label: string }[] }>

/** A quiet line of links to an edition's machine-readable feeds, under the list they describe. */
export function FeedLinks({ kind, year }: { kind: keyof typeof FEEDS; year?: number }) {
  const { lead, links } = FEEDS[kind]
  return (
    <p className="feed-links">
      {lead}{' '}
      {links.map(({ file, label }, index) => (
        <span key={file}>
          {index > 0 ? ' · ' : null}
          <a href={sitePaths.feed(file, year)}>{label}</a>
        </span>
      ))}
    </p>
  )
}
