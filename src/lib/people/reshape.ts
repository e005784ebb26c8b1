import type { Organizer, Speaker } from '../../payload-types'
import {
  type AffiliationView,
  type Picture,
  type RichTextState,
  type SeoOverrides,
  reshapeAffiliation,
  reshapePicture,
  reshapeSeo,
  text,
} from '../content/reshape'
import type { EditionView } from '../editions/reshape'

type PersonDoc = Pick<Speaker, 'id' | 'name' | 'slug' | 'position' | 'affiliation' | 'photo' | 'homepage'>
export type SpeakerDoc = PersonDoc & Pick<Speaker, 'role' | 'bio' | 'meta'>
export type OrganizerDoc = PersonDoc & Pick<Organizer, 'role'>

export type PersonView = {
  id: string
  name: string
  slug: string
  position?: string
  affiliation?: AffiliationView
  photo?: Picture
  homepage?: string
}

export type SpeakerView = PersonView & { role: Speaker['role']; bio?: RichTextState; seo: SeoOverrides }

export type OrganizerView = PersonView & { role: Organizer['role'] }

function reshapePerson(doc: PersonDoc): PersonView {
  return {
    id: doc.id,
    // Only an editor's preview reads drafts, and an autosaved draft may have no name yet.
    name: text(doc.name) ?? 'Untitled draft',
    slug: doc.slug,
    position: text(doc.position),
    affiliation: reshapeAffiliation(doc.affiliation),
    photo: reshapePicture(doc.photo, 'portrait'),
    homepage: text(doc.homepage),
  }
}

export function reshapeSpeaker(doc: SpeakerDoc): SpeakerView {
  return { ...reshapePerson(doc), role: doc.role, bio: doc.bio ?? undefined, seo: reshapeSeo(doc.meta) }
}

export function reshapeOrganizer(doc: OrganizerDoc): OrganizerView {
  return { ...reshapePerson(doc), role: doc.role }
}

/**
 * The logo strip: the edition's explicit order when editors set one, else each organizer's
 * affiliation in the organizers' order, once.
 */
export function organizerAffiliationStrip(edition: EditionView, organizers: OrganizerView[]): AffiliationView[] {
  if (edition.organizerAffiliations.length > 0) return edition.organizerAffiliations
  const seen = new Set<string>()
  const strip: AffiliationView[] = []
  for (const organizer of organizers) {
    const affiliation = organizer.affiliation
    if (organizer.role !== 'organizer' || !affiliation || seen.has(affiliation.id)) continue
    seen.add(affiliation.id)
    strip.push(affiliation)
  }
  return strip
}
