/**
 * The site never hands raw Payload documents to a component: these functions turn them into the
 * small, fully-resolved shapes the pages render. A relation that access control left unpopulated
 * (an id instead of a document, e.g. a draft affiliation) is dropped here, once.
 */
import type {
  Affiliation,
  Edition,
  ImportantDate,
  Media,
  Organizer,
  Page,
  Paper,
  Session,
  Site,
  Speaker,
} from '../payload-types'

export type RichTextState = NonNullable<Edition['about']>

/** The fields each query selects (lib/queries.ts): reshaping needs these and nothing more. */
export type EditionDoc = Pick<
  Edition,
  | 'id'
  | 'name'
  | 'year'
  | 'tagline'
  | 'conference'
  | 'city'
  | 'venue'
  | 'room'
  | 'date'
  | 'timeZone'
  | 'isCurrent'
  | 'about'
  | 'callForPapers'
  | 'sponsors'
  | 'organizerAffiliations'
  | 'meta'
>
type PersonDoc = Pick<Speaker, 'id' | 'name' | 'slug' | 'position' | 'affiliation' | 'photo' | 'homepage'>
export type SpeakerDoc = PersonDoc & Pick<Speaker, 'role' | 'bio' | 'meta'>
export type OrganizerDoc = PersonDoc & Pick<Organizer, 'role'>
export type SessionDoc = Pick<
  Session,
  'id' | 'title' | 'kind' | 'room' | 'start' | 'end' | 'durationMinutes' | 'speakers' | 'papers' | 'description' | 'links'
>
export type PaperDoc = Pick<
  Paper,
  | 'id'
  | 'slug'
  | 'title'
  | 'authors'
  | 'abstract'
  | 'presentation'
  | 'award'
  | 'track'
  | 'links'
  | 'openReviewId'
  | 'session'
  | 'updatedAt'
  | 'meta'
>
export type ImportantDateDoc = Pick<
  ImportantDate,
  'id' | 'label' | 'due' | 'previousDue' | 'readAs' | 'timeZone' | 'kind' | 'showTime' | 'note'
>
export type PageDoc = Pick<Page, 'id' | 'slug' | 'title' | 'summary' | 'content' | 'updatedAt' | 'meta'>

/** An upload ready for next/image: explicit dimensions, so there is no layout shift. */
export type Picture = { src: string; width: number; height: number; alt: string }

/** plugin-seo's `meta` group: each field, when set, overrides what the page would say itself. */
export type SeoOverrides = { title?: string; description?: string; image?: Picture }

export type EditionView = {
  id: string
  name: string
  year: number
  tagline?: string
  conference: string
  city?: string
  venue?: string
  room?: string
  /** The workshop day, pinned to noon UTC (see normaliseWorkshopDay). */
  date?: string
  timeZone: string
  isCurrent: boolean
  about?: RichTextState
  callForPapers: {
    text?: RichTextState
    topics: string[]
    submissionUrl?: string
    contactEmail?: string
  }
  sponsors: AffiliationView[]
  /** Editors' explicit logo order; empty means "derive it from the organizers". */
  organizerAffiliations: AffiliationView[]
  /** Where this edition's pages live: '' for the current edition, '/2024' for an archive. */
  basePath: string
  seo: SeoOverrides
}

export type EditionLink = { name: string; year: number; isCurrent: boolean; href: string }

export type AffiliationView = { id: string; name: string; shortName?: string; url?: string; logo?: Picture }

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

export type SessionKind = Session['kind']

export type SessionView = {
  id: string
  title: string
  kind: SessionKind
  room?: string
  /** ISO instants. */
  start: string
  end: string
  durationMinutes: number
  speakers: { name: string; slug: string }[]
  papers: { title: string; slug: string }[]
  description?: string
  links: { slides?: string; video?: string }
}

export type PaperPresentation = Paper['presentation']
export type PaperAward = Paper['award']

export type PaperView = {
  id: string
  slug: string
  title: string
  authors: { name: string; affiliation?: string }[]
  abstract?: string
  presentation: PaperPresentation
  award: PaperAward
  track: Paper['track']
  links: Partial<Record<keyof NonNullable<Paper['links']>, string>>
  openReviewId?: string
  sessionId?: string
  updatedAt: string
  seo: SeoOverrides
}

export type ImportantDateView = {
  id: string
  label: string
  due: string
  previousDue?: string
  readAs: ImportantDate['readAs']
  /** The zone named by readAs 'zone'; AoE and venue zones are resolved by lib/time. */
  timeZone?: string
  kind: ImportantDate['kind']
  showTime: boolean
  note?: string
}

export type PageView = {
  id: string
  slug: string
  title: string
  summary?: string
  content?: RichTextState
  updatedAt: string
  seo: SeoOverrides
}

export type SiteView = {
  siteName: string
  description: string
  navigation: { label: string; href: string }[]
  footer?: RichTextState
  social: { platform: string; url: string }[]
}

/** Nullable CMS text → optional string: empty and whitespace-only text count as absent. */
function text(value: string | null | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined
}

function populated<T extends { id: string }>(value: string | T | null | undefined): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

function populatedList<T extends { id: string }>(values: (string | T)[] | null | undefined): T[] {
  return (values ?? []).flatMap((value) => (typeof value === 'object' ? [value] : []))
}

type ImageSizeName = keyof NonNullable<Media['sizes']>

/**
 * A named size when Payload made one (it never enlarges, so a small original has none), else the
 * original. Every size keeps its own width and height.
 */
export function reshapePicture(media: string | Media | null | undefined, size?: ImageSizeName): Picture | undefined {
  const doc = populated(media)
  if (!doc || !doc.mimeType?.startsWith('image/')) return undefined
  const variant = size ? doc.sizes?.[size] : undefined
  if (variant?.url && variant.width && variant.height) {
    return { src: variant.url, width: variant.width, height: variant.height, alt: doc.alt }
  }
  if (!doc.url || !doc.width || !doc.height) return undefined
  return { src: doc.url, width: doc.width, height: doc.height, alt: doc.alt }
}

function reshapeSeo(meta: Edition['meta'] | undefined): SeoOverrides {
  return {
    title: text(meta?.title),
    description: text(meta?.description),
    image: reshapePicture(meta?.image, 'og'),
  }
}

export function reshapeAffiliation(affiliation: string | Affiliation | null | undefined): AffiliationView | undefined {
  const doc = populated(affiliation)
  if (!doc) return undefined
  return {
    id: doc.id,
    name: doc.name,
    shortName: text(doc.shortName),
    url: text(doc.url),
    logo: reshapePicture(doc.logo, 'card'),
  }
}

function reshapeAffiliations(values: (string | Affiliation)[] | null | undefined): AffiliationView[] {
  return populatedList(values).flatMap((value) => {
    const view = reshapeAffiliation(value)
    return view ? [view] : []
  })
}

export function editionPath(edition: { year: number; isCurrent?: boolean | null }): string {
  return edition.isCurrent ? '' : `/${edition.year}`
}

export function reshapeEdition(doc: EditionDoc): EditionView {
  return {
    id: doc.id,
    name: doc.name,
    year: doc.year,
    tagline: text(doc.tagline),
    conference: doc.conference,
    city: text(doc.city),
    venue: text(doc.venue),
    room: text(doc.room),
    date: text(doc.date),
    timeZone: doc.timeZone,
    isCurrent: Boolean(doc.isCurrent),
    about: doc.about ?? undefined,
    callForPapers: {
      text: doc.callForPapers?.text ?? undefined,
      topics: (doc.callForPapers?.topics ?? []).map((entry) => entry.topic),
      submissionUrl: text(doc.callForPapers?.submissionUrl),
      contactEmail: text(doc.callForPapers?.contactEmail),
    },
    sponsors: reshapeAffiliations(doc.sponsors),
    organizerAffiliations: reshapeAffiliations(doc.organizerAffiliations),
    basePath: editionPath(doc),
    seo: reshapeSeo(doc.meta),
  }
}

export function reshapeEditionLink(doc: Pick<Edition, 'name' | 'year' | 'isCurrent'>): EditionLink {
  return { name: doc.name, year: doc.year, isCurrent: Boolean(doc.isCurrent), href: editionPath(doc) || '/' }
}

function reshapePerson(doc: PersonDoc): PersonView {
  return {
    id: doc.id,
    name: doc.name,
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

export function reshapeSession(doc: SessionDoc): SessionView {
  const end = doc.end ?? new Date(new Date(doc.start).getTime() + doc.durationMinutes * 60_000).toISOString()
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    room: text(doc.room),
    start: doc.start,
    end,
    durationMinutes: doc.durationMinutes,
    speakers: populatedList(doc.speakers).map((speaker) => ({ name: speaker.name, slug: speaker.slug })),
    papers: populatedList(doc.papers).map((paper) => ({ title: paper.title, slug: paper.slug })),
    description: text(doc.description),
    links: { slides: text(doc.links?.slides), video: text(doc.links?.video) },
  }
}

export function reshapePaper(doc: PaperDoc): PaperView {
  const links: PaperView['links'] = {}
  for (const [name, url] of Object.entries(doc.links ?? {}) as [keyof PaperView['links'], string | null][]) {
    const href = text(url)
    if (href) links[name] = href
  }
  const session = doc.session
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    authors: doc.authors.map((author) => ({ name: author.name, affiliation: text(author.affiliation) })),
    abstract: text(doc.abstract),
    presentation: doc.presentation,
    award: doc.award,
    track: doc.track,
    links,
    openReviewId: text(doc.openReviewId),
    sessionId: typeof session === 'object' ? session?.id : (session ?? undefined),
    updatedAt: doc.updatedAt,
    seo: reshapeSeo(doc.meta),
  }
}

export function reshapeImportantDate(doc: ImportantDateDoc): ImportantDateView {
  return {
    id: doc.id,
    label: doc.label,
    due: doc.due,
    previousDue: text(doc.previousDue),
    readAs: doc.readAs,
    timeZone: text(doc.timeZone),
    kind: doc.kind,
    showTime: doc.showTime !== false,
    note: text(doc.note),
  }
}

export function reshapePage(doc: PageDoc): PageView {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: text(doc.summary),
    content: doc.content ?? undefined,
    updatedAt: doc.updatedAt,
    seo: reshapeSeo(doc.meta),
  }
}

export function reshapeSite(doc: Site | null): SiteView {
  return {
    siteName: text(doc?.siteName) ?? 'SyntaGen',
    description: text(doc?.description) ?? 'Harnessing Generative Models for Synthetic Visual Datasets',
    navigation: (doc?.navigation ?? []).map(({ label, href }) => ({ label, href })),
    footer: doc?.footer ?? undefined,
    social: (doc?.social ?? []).map(({ platform, url }) => ({ platform, url })),
  }
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
