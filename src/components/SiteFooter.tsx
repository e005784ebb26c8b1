import type { SiteView } from '@/lib/reshape'
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

export function SiteFooter({ site }: { site: SiteView }) {
  return (
    <footer className="site-footer">
      <RichText data={site.footer} />
      <ul className="inline-list">
        <li>
          <a href={sitePaths.schedule()}>Schedule</a>
        </li>
        <li>
          <a href={sitePaths.papers()}>Papers</a>
        </li>
        <li>
          <a href={sitePaths.scheduleCalendar()}>Schedule calendar (.ics)</a>
        </li>
        <li>
          <a href={sitePaths.datesCalendar()}>Important dates calendar (.ics)</a>
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
