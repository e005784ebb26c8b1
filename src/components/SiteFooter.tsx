import { getCurrentEdition, getSite } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { RichText } from './RichText'

const PLATFORM_NAMES: Record<string, string> = {
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  youtube: 'YouTube',
}

type SiteFooterProps = {
  /** The edition the page belongs to: the footer links to its schedule, papers and calendars. */
  edition?: EditionView
}

export async function SiteFooter({ edition }: SiteFooterProps) {
  const [site, current] = await Promise.all([getSite(), edition ? null : getCurrentEdition()])
  const linked = edition ?? current
  const base = linked?.basePath ?? ''
  // The calendar routes pick an edition with ?year=; the current one needs none.
  const calendarYear = linked && !linked.isCurrent ? linked.year : undefined
  return (
    <footer className="site-footer">
      <RichText data={site.footer} />
      <ul className="inline-list">
        <li>
          <a href={`${base}${sitePaths.schedule()}`}>
            {linked && !linked.isCurrent ? `${linked.year} schedule` : 'Schedule'}
          </a>
        </li>
        <li>
          <a href={`${base}${sitePaths.papers()}`}>
            {linked && !linked.isCurrent ? `${linked.year} papers` : 'Papers'}
          </a>
        </li>
        <li>
          <a href={sitePaths.scheduleCalendar(calendarYear)}>Schedule calendar (.ics)</a>
        </li>
        <li>
          <a href={sitePaths.datesCalendar(calendarYear)}>Important dates calendar (.ics)</a>
        </li>
        {site.social.map((link) => (
          <li key={link.url}>
            <a href={link.url} rel="me">
              {PLATFORM_NAMES[link.platform] ?? new URL(link.url).hostname}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {site.siteName}: {site.description}.
      </p>
    </footer>
  )
}
