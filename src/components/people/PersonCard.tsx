import type { PersonView } from '@/lib/reshape'

import { MediaImage } from '../MediaImage'

type PersonCardProps = {
  person: PersonView
  headingLevel: 3 | 4
  /** The person's page on this site (speakers have one); shown as a second link. */
  detailsHref?: string
  detailsLabel?: string
  /** "VinAI Research, Vietnam", as the workshop's page lists organizers. */
  showCountry?: boolean
}

/** Two letters for a person without a photo: "Jia-Bin Huang" → "JH". */
function initials(name: string | null | undefined): string {
  // An editor's preview shows autosaved drafts, which may have no name yet.
  const words = (name ?? '').split(/\s+/).filter(Boolean)
  const first = words[0]?.[0] ?? ''
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : ''
  return `${first}${last}`.toUpperCase()
}

/** Photo, name (linked to the person's homepage), position and affiliation. */
export function PersonCard({ person, headingLevel, detailsHref, detailsLabel, showCountry = false }: PersonCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <article className="person">
      {person.photo ? (
        <MediaImage picture={person.photo} displayWidth={128} className="person-photo" />
      ) : (
        <span className="person-photo person-initials" aria-hidden="true">
          {initials(person.name)}
        </span>
      )}
      <Heading className="person-name">
        {person.homepage ? <a href={person.homepage}>{person.name}</a> : person.name}
      </Heading>
      {person.position ? <p className="person-position">{person.position}</p> : null}
      {person.affiliation ? (
        <p className="person-affiliation">
          {person.affiliation.name}
          {showCountry && person.affiliation.country ? `, ${person.affiliation.country}` : null}
        </p>
      ) : null}
      {detailsHref ? (
        <p className="person-details">
          <a href={detailsHref}>
            {detailsLabel ?? 'More'}
            <span className="visually-hidden">: {person.name}</span>
          </a>
        </p>
      ) : null}
    </article>
  )
}

type PeopleGridProps = {
  people: PersonView[]
  headingLevel: 3 | 4
  /** A person's page on this site; undefined for someone without one. */
  detailsHref?: (person: PersonView) => string | undefined
  detailsLabel?: string
  showCountry?: boolean
}

export function PeopleGrid({ people, headingLevel, detailsHref, detailsLabel, showCountry }: PeopleGridProps) {
  return (
    <ul className="people">
      {people.map((person) => (
        <li key={person.id}>
          <PersonCard
            person={person}
            headingLevel={headingLevel}
            detailsHref={detailsHref?.(person)}
            detailsLabel={detailsLabel}
            showCountry={showCountry}
          />
        </li>
      ))}
    </ul>
  )
}
