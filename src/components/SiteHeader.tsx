import { getCurrentEdition, getEditionOutline, getSite, listEditions } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'

type SiteHeaderProps = {
  /** The edition the page belongs to: its year is marked in the switcher, its sections linked. */
  edition?: EditionView
}

export async function SiteHeader({ edition }: SiteHeaderProps) {
  const [editions, site, current] = await Promise.all([listEditions(), getSite(), edition ? null : getCurrentEdition()])
  // Pages outside any edition (a free-form page, a 404) link to the current edition's sections.
  const sectionsOf = edition ?? current
  const sections = sectionsOf ? await getEditionOutline(sectionsOf) : []
  const home = sectionsOf?.basePath || '/'
  const extraLinks = sectionsOf?.navigation.length ? sectionsOf.navigation : site.navigation
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <a className="brand" href="/">
          {site.siteName}
        </a>
        {editions.length > 1 ? (
          /*
           * A disclosure, not a row of years: it holds any number of editions at 360 px and
           * opens without JavaScript (<details> is native).
           */
          <nav aria-label="Editions" className="edition-switcher">
            <details>
              <summary>
                <span className="visually-hidden">Editions, </span>
                {edition ? `Edition ${edition.year}` : 'Editions'}
              </summary>
              <ul>
                {editions.map((link) => (
                  <li key={link.year}>
                    <a href={link.href} aria-current={link.year === edition?.year ? 'page' : undefined}>
                      {link.year}
                      {link.isCurrent ? <span className="edition-current"> (current)</span> : null}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </nav>
        ) : null}
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`${home}#${section.id}`}>{section.label}</a>
            </li>
          ))}
          {extraLinks.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
