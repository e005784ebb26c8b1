/**
 * First-run content: the current (2025) edition and the first (2024) edition, transcribed from
 * the workshop's Jekyll page (/work/shared/seed/syntagen-2025-seed-page.md). The 2024 speakers,
 * schedule, dates and volunteers come from that page's commented-out HTML.
 *
 * Plain data only: times are wall-clock times in a named zone, turned into instants by the seed.
 */
import type { ImportantDate, Organizer, Session, Speaker, SupportedTimezones } from '../payload-types'

/** A wall-clock time as the page states it; `month` is 1–12. */
export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number }

export type AffiliationSeed = {
  name: string
  shortName?: string
  country?: string
  url?: string
}

export const AFFILIATIONS = {
  vinai: { name: 'VinAI Research', country: 'Vietnam', url: 'https://www.vinai.io/' },
  tcd: { name: 'Trinity College Dublin', shortName: 'TCD', country: 'Ireland', url: 'https://www.tcd.ie/' },
  vistec: {
    name: 'Vidyasirimedhi Institute of Science and Technology',
    shortName: 'VISTEC',
    country: 'Thailand',
    url: 'https://www.vistec.ac.th/',
  },
  // Nathan Carr's "Adobe Research" is this same organization (the URL is Adobe Research's), so he
  // shares it rather than getting a second Adobe logo.
  adobe: { name: 'Adobe', country: 'United States', url: 'https://research.adobe.com/' },
  // The page names the speakers' institutions without links, so these have no URL.
  toronto: { name: 'University of Toronto', country: 'Canada' },
  mit: { name: 'Massachusetts Institute of Technology', shortName: 'MIT', country: 'United States' },
  umd: { name: 'University of Maryland College Park', country: 'United States' },
  weizmann: { name: 'Weizmann Institute of Science', country: 'Israel' },
  // The 2024 organizers' homes, from the logo block the page keeps commented out (its images are
  // not in the seed: the seed draws a placeholder with the name instead).
  vinuniCecs: {
    name: 'VinUni College of Engineering and Computer Science',
    shortName: 'VinUni CECS',
    country: 'Vietnam',
    url: 'https://vinuni.edu.vn/college-of-engineering-computer-science/',
  },
  umdCs: {
    name: 'University of Maryland Department of Computer Science',
    shortName: 'UMD CS',
    country: 'United States',
    url: 'https://www.cs.umd.edu/',
  },
  clemson: { name: 'Clemson University', country: 'United States', url: 'https://www.clemson.edu/index.html' },
  deakin: { name: 'Deakin University', country: 'Australia', url: 'https://www.deakin.edu.au/' },
  cornellTech: { name: 'Cornell Tech', country: 'United States', url: 'https://tech.cornell.edu/' },
  nyu: { name: 'New York University', shortName: 'NYU', country: 'United States', url: 'https://www.nyu.edu/' },
} as const satisfies Record<string, AffiliationSeed>

export type AffiliationKey = keyof typeof AFFILIATIONS

export type PersonSeed = {
  name: string
  position?: string
  affiliation: AffiliationKey
  homepage?: string
}

export type OrganizerSeed = PersonSeed & { role: Organizer['role'] }

export type SpeakerSeed = PersonSeed & { key: string; role: Speaker['role'] }

export type SessionSeed = {
  title: string
  kind: Session['kind']
  start: LocalDateTime
  durationMinutes: number
  /** Keys of this edition's speakers. */
  speakers?: string[]
}

export type ImportantDateSeed = {
  label: string
  kind: ImportantDate['kind']
  due: LocalDateTime
  readAs: ImportantDate['readAs']
  /** Only for readAs 'zone'. */
  timeZone?: SupportedTimezones
  showTime: boolean
  note?: string
}

export type EditionSeed = {
  name: string
  year: number
  tagline?: string
  conference: string
  city: string
  venue: string
  /** Also the zone the schedule and the dates were entered in. */
  timeZone: SupportedTimezones
  /** The workshop day, "YYYY-MM-DD"; unset while the page says TBD. */
  date?: string
  isCurrent: boolean
  about: string[]
  callForPapers: { text: string[]; topics: string[] }
  /** The logo strip, in order. */
  organizerAffiliations: AffiliationKey[]
  organizers: OrganizerSeed[]
  speakers: SpeakerSeed[]
  sessions: SessionSeed[]
  importantDates: ImportantDateSeed[]
  /** The edition's challenge: the page names no results, so only what it says. */
  challenge?: { title: string; description: string[] }
}

export const SITE = {
  siteName: 'SyntaGen',
  description: 'Harnessing Generative Models for Synthetic Visual Datasets',
} as const

const CALL_FOR_PAPERS_TEXT =
  'The main objective of the SyntaGen workshop is to offer a space for researchers, practitioners, and enthusiasts to investigate, converse, and cooperate on the development, use, and potential uses of synthetic visual datasets made from generative models. The workshop will cover various topics, including but not restricted to:'

const CALL_FOR_PAPERS_TOPICS = [
  'Leveraging pre-trained generative models to generate data and annotations for perception-driven tasks, including image classification, representation learning, object detection, semantic and instance segmentation, relationship detection, action recognition, object tracking, and 3D shape reconstruction and recognition.',
  'Extending the generative capacity of large-scale pre-trained text-to-image models to other domains, such as videos, 3D, and 4D spaces.',
  'Exploring new research directions in generative models, including GANs, VAEs, diffusion models, and autoregressive models, to advance visual content generation.',
  'Synergizing expansive synthetic datasets with minimally annotated real datasets to enhance model performance across scenarios including unsupervised, semi-supervised, weakly-supervised, and zero-shot/few-shot learning.',
  'Enhancing data quality and improving synthesis methodologies in the context of pre-trained text-to-image (T2I), text-to-video (T2V), text-to-3D, and text-to-4D models.',
  'Evaluating the quality and effectiveness of the generated datasets, particularly on metrics, challenges, and open problems related to benchmarking synthetic visual datasets.',
  'Ethical implications of using synthetic annotated data, strategies for mitigating biases, verifying and protecting generated visual contents, and ensuring responsible data generation and annotation practices.',
]

const TAGLINE = 'Harnessing Generative Models for Synthetic Visual Datasets'

/** The morning of 17 June 2024, Pacific Daylight Time. */
const june17 = (hour: number, minute: number): LocalDateTime => ({ year: 2024, month: 6, day: 17, hour, minute })

const SYNTAGEN_2024: EditionSeed = {
  name: 'SyntaGen 2024',
  year: 2024,
  tagline: TAGLINE,
  conference: 'CVPR',
  city: 'Seattle, WA',
  venue: 'Seattle Convention Center',
  timeZone: 'America/Los_Angeles',
  date: '2024-06-17',
  isCurrent: false,
  about: [
    'The first SyntaGen workshop, held with CVPR 2024 in Seattle, brought together researchers and practitioners working on generative models and the synthetic visual datasets they make possible: realistic, diverse images complete with annotations, for training and evaluating algorithms in object detection, segmentation, representation learning and scene understanding. The morning program combined a competition session with winners’ talks and oral presentations, five invited talks, a panel discussion and a poster session.',
  ],
  callForPapers: { text: [CALL_FOR_PAPERS_TEXT], topics: CALL_FOR_PAPERS_TOPICS },
  // The page's commented-out logo block, in its order.
  organizerAffiliations: ['vinuniCecs', 'umdCs', 'vinai', 'clemson', 'deakin', 'cornellTech', 'nyu'],
  organizers: [
    {
      name: 'Truong Vu',
      role: 'volunteer',
      position: 'Research Resident',
      affiliation: 'vinai',
      homepage: 'https://truongvu2000nd.github.io/',
    },
    {
      name: 'Quang Nguyen',
      role: 'volunteer',
      position: 'Research Resident',
      affiliation: 'vinai',
      homepage: 'https://quang-ngh.github.io/',
    },
  ],
  speakers: [
    {
      key: 'fleet',
      name: 'David J Fleet',
      role: 'keynote',
      // The page lists "University of Toronto, Google DeepMind"; an affiliation is one organization.
      position: 'Professor; also Google DeepMind',
      affiliation: 'toronto',
      homepage: 'https://www.cs.toronto.edu/~fleet/',
    },
    {
      key: 'isola',
      name: 'Phillip Isola',
      role: 'keynote',
      position: 'Associate Professor',
      affiliation: 'mit',
      homepage: 'https://web.mit.edu/phillipi/',
    },
    {
      key: 'huang',
      name: 'Jia-Bin Huang',
      role: 'keynote',
      position: 'Associate Professor',
      affiliation: 'umd',
      homepage: 'https://jbhuang0604.github.io/',
    },
    {
      key: 'dekel',
      name: 'Tali Dekel',
      role: 'keynote',
      position: 'Assistant Professor',
      affiliation: 'weizmann',
      homepage: 'https://www.weizmann.ac.il/math/dekel/',
    },
    {
      key: 'carr',
      name: 'Nathan Carr',
      role: 'keynote',
      position: 'Adobe Fellow',
      affiliation: 'adobe',
      homepage: 'https://research.adobe.com/person/nathan-carr/',
    },
  ],
  // The page's 2024 schedule opens with "Competition session & Winners talks & Oral presentation"
  // (8:30, 30 mins). It gives no results, no teams and no link, so none are seeded: organizers
  // enter the results table in the admin.
  challenge: {
    title: 'SyntaGen 2024 Competition',
    description: [
      'The 2024 program opened with the competition session, with the winners’ talks and oral presentations.',
    ],
  },
  // The HTML table of the page (the markdown table above it is an older draft).
  sessions: [
    { title: 'Introduction', kind: 'opening', start: june17(8, 25), durationMinutes: 5 },
    {
      title: 'Competition session & Winners talks & Oral presentation',
      kind: 'competition',
      start: june17(8, 30),
      durationMinutes: 30,
    },
    {
      title: 'Invited talk 1: Promising Generative Data Augmentation',
      kind: 'invited-talk',
      start: june17(9, 0),
      durationMinutes: 25,
      speakers: ['fleet'],
    },
    {
      title: 'Invited talk 2: Re-inventing the Factory - the new AI Software Lifecycle',
      kind: 'invited-talk',
      start: june17(9, 25),
      durationMinutes: 25,
      speakers: ['carr'],
    },
    { title: 'Break', kind: 'break', start: june17(9, 50), durationMinutes: 10 },
    {
      title: 'Invited talk 3: Poor Man’s Guide for Aligned Text-to-Image Synthesis',
      kind: 'invited-talk',
      start: june17(10, 0),
      durationMinutes: 25,
      speakers: ['huang'],
    },
    {
      title: 'Invited talk 4: N=0: Learning Vision with Zero Visual Data',
      kind: 'invited-talk',
      start: june17(10, 25),
      durationMinutes: 25,
      speakers: ['isola'],
    },
    {
      title: 'Invited talk 5: The Future of Video Generation: Beyond Data and Scale',
      kind: 'invited-talk',
      start: june17(10, 50),
      durationMinutes: 25,
      speakers: ['dekel'],
    },
    {
      title: 'Panel discussion',
      kind: 'panel',
      start: june17(11, 15),
      durationMinutes: 25,
      speakers: ['dekel', 'isola', 'carr'],
    },
    { title: 'Poster Session', kind: 'poster-session', start: june17(11, 40), durationMinutes: 50 },
  ],
  // "11:59 PM Pacific Time" on the page.
  importantDates: [
    {
      label: 'Submission deadline',
      kind: 'submission',
      due: { year: 2024, month: 3, day: 22, hour: 23, minute: 59 },
      readAs: 'zone',
      timeZone: 'America/Los_Angeles',
      showTime: true,
    },
    {
      label: 'Notification of acceptance',
      kind: 'notification',
      due: { year: 2024, month: 4, day: 7, hour: 23, minute: 59 },
      readAs: 'zone',
      timeZone: 'America/Los_Angeles',
      showTime: true,
    },
    {
      label: 'Camera-ready submission deadline',
      kind: 'camera-ready',
      due: { year: 2024, month: 4, day: 14, hour: 23, minute: 59 },
      readAs: 'zone',
      timeZone: 'America/Los_Angeles',
      showTime: true,
    },
    {
      label: 'Workshop',
      kind: 'workshop',
      due: june17(8, 25),
      readAs: 'venue',
      showTime: false,
      note: 'Morning',
    },
  ],
}

const SYNTAGEN_2025: EditionSeed = {
  name: 'SyntaGen 2025',
  year: 2025,
  tagline: TAGLINE,
  conference: 'CVPR',
  city: 'Nashville, TN',
  venue: 'Music City Center',
  timeZone: 'America/Chicago',
  isCurrent: true,
  about: [
    'Computer vision has been rapidly transformed by advancements in generative models, particularly in text-to-image generation with models like Imagen 3, Stable Diffusion 3, Flux, and DALLE-3, as well as text-to-video models such as Sora, Stable Video Diffusion, and Meta MovieGen. In the realm of 3D generation, models like Zero-123, Instant 3D, and the Large Reconstruction Model (LRM) have pushed the boundaries of 3D content creation. These innovations have enabled the development of highly realistic and diverse synthetic visual datasets, complete with annotations and rich variations, which are invaluable for training and evaluating algorithms in object detection, segmentation, representation learning, and scene understanding. The second SyntaGen Workshop aims to foster collaboration and knowledge exchange across the field, bringing together experts and practitioners to propel the development of generative models and synthetic visual datasets to new heights. Through talks, paper presentations, poster sessions, and panel discussions, the workshop will catalyze breakthroughs at the intersection of generative models and computer vision applications.',
  ],
  callForPapers: { text: [CALL_FOR_PAPERS_TEXT], topics: CALL_FOR_PAPERS_TOPICS },
  organizerAffiliations: ['vinai', 'tcd', 'vistec', 'adobe'],
  organizers: [
    { name: 'Khoi Nguyen', role: 'organizer', affiliation: 'vinai', homepage: 'https://khoinguyen.org' },
    {
      name: 'Anh Tuan Tran',
      role: 'organizer',
      affiliation: 'vinai',
      homepage: 'https://scholar.google.com/citations?user=FYZ5ODQAAAAJ&hl=en',
    },
    { name: 'Binh Son Hua', role: 'organizer', affiliation: 'tcd', homepage: 'https://sonhua.github.io/' },
    { name: 'Supasorn Suwajanakorn', role: 'organizer', affiliation: 'vistec', homepage: 'https://www.supasorn.com/' },
    { name: 'Yi Zhou', role: 'organizer', affiliation: 'adobe', homepage: 'https://zhouyisjtu.github.io/' },
  ],
  // The page says "TBD" for all of these: the site shows "To be announced".
  speakers: [],
  sessions: [],
  importantDates: [],
}

/** In creation order: the Editions hooks make the first one current, and 2025 then takes over. */
export const EDITIONS: EditionSeed[] = [SYNTAGEN_2024, SYNTAGEN_2025]
