import type { AffiliationView } from '@/lib/reshape'

import { MediaImage } from '../MediaImage'

/** Logos in a row; an organization without a logo shows its name, so nothing is left blank. */
export function LogoStrip({ affiliations, label }: { affiliations: AffiliationView[]; label: string }) {
  return (
    <ul className="logo-strip" aria-label={label}>
      {affiliations.map((affiliation) => {
        const mark = affiliation.logo ? (
          <MediaImage picture={affiliation.logo} displayWidth={logoWidth(affiliation.logo)} className="logo" />
        ) : (
          <span className="logo-name">{affiliation.name}</span>
        )
        return <li key={affiliation.id}>{affiliation.url ? <a href={affiliation.url}>{mark}</a> : mark}</li>
      })}
    </ul>
  )
}

const LOGO_HEIGHT = 64
const LOGO_MAX_WIDTH = 240

/** Logos share a height, as the old page's table did; a very wide one is capped. */
function logoWidth(logo: { width: number; height: number }): number {
  return Math.min(LOGO_MAX_WIDTH, Math.round((logo.width / logo.height) * LOGO_HEIGHT))
}
