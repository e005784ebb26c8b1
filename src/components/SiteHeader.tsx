import { listEditions, getSite } from '@/lib/queries'
import { IMPORTANT_DATES_ANCHOR } from '@/lib/siteUrl'

/** The home page's sections, in order; each id is an anchor in the header. */
export const EDITION_SECTIONS = [
  { id: 'about', label: 'About' },
  { id: 'speakers', label: 'Speakers' },
  { id: 'schedule', label: 'Schedule' },
  { id: 'papers', label: 'Papers' },
  { id: 'call-for-papers', label: 'Call for Papers' },
  { id: IMPORTANT_DATES_ANCHOR, label: 'Dates' },
  { id: 'organizers', label: 'Organizers' },
  { id: 'affiliations', label: 'Affiliations' },
  { id: 'sponsors', label: 'Sponsors' },
] as const

type SiteHeaderProps = {
  /** The edition the page belongs to: its year is marked in the switcher, its sections linked. */
  edition?: { year: number; basePath: string }
}

export async function SiteHeader({ edition }: SiteHeaderProps) {
  const [editions, site] = await Promise.all([listEditions(), getSite()])
  const home = edition?.basePath || '/'
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <a className="brand" href="/">
          {site.siteName}
        </a>
        {editions.length > 1 ? (
          <nav aria-label="Editions" className="edition-switcher">
            <span className="edition-switcher-label" aria-hidden="true">
              Edition
            </span>
            <ul>
              {editions.map((link) => (
                <li key={link.year}>
                  <a href={link.href} aria-current={link.year === edition?.year ? 'page' : undefined}>
                    {link.year}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          {EDITION_SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`${home === '/' ? '/' : home}#${section.id}`}>{section.label}</a>
            </li>
          ))}
          {site.navigation.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
