import { byProminence } from '@/lib/papers'
import { getHomeContent } from '@/lib/queries'
import { type EditionView, type OrganizerView, organizerAffiliationStrip } from '@/lib/reshape'
import { IMPORTANT_DATES_ANCHOR, sitePaths } from '@/lib/siteUrl'
import { formatDate } from '@/lib/time'

import { ImportantDates } from '../dates/ImportantDates'
import { PaperCard } from '../papers/PaperCard'
import { PeopleGrid } from '../people/PersonCard'
import { RichText } from '../RichText'
import { ScheduleTable } from '../schedule/ScheduleTable'
import { Section, TO_BE_ANNOUNCED } from '../Section'
import { LogoStrip } from './LogoStrip'

/** Every section of an edition's page, in the order of the header's anchors. */
export async function EditionSections({ edition }: { edition: EditionView }) {
  const content = await getHomeContent(edition.id)
  // The instant this HTML is rendered: client clocks hydrate from it, then take over.
  const renderedAt = Date.now()
  const base = edition.basePath
  // The calendar routes pick an edition with ?year=; the current one needs none.
  const calendarYear = edition.isCurrent ? undefined : edition.year
  const organizers = content.organizers.filter((person) => person.role === 'organizer')
  const logoStrip = organizerAffiliationStrip(edition, content.organizers)

  return (
    <>
      <About edition={edition} />

      <Section id="speakers" title="Speakers" isEmpty={content.speakers.length === 0}>
        <PeopleGrid
          people={content.speakers}
          headingLevel={3}
          detailsHref={(speaker) => `${base}${sitePaths.speaker(speaker.slug)}`}
          detailsLabel="Talk and bio"
        />
      </Section>

      <Section id="schedule" title="Schedule" isEmpty={content.sessions.length === 0}>
        <ScheduleTable edition={edition} sessions={content.sessions} renderedAt={renderedAt} id="home-schedule" />
        <p className="calendar-links">
          <a href={`${base}${sitePaths.schedule()}`}>Schedule page</a> ·{' '}
          <a href={sitePaths.scheduleCalendar(calendarYear)} download>
            Download the schedule (.ics)
          </a>
        </p>
      </Section>

      <Section id="papers" title="Accepted Papers" isEmpty={content.papers.length === 0}>
        <ul className="paper-list">
          {byProminence(content.papers).map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} basePath={base} headingLevel={3} />
            </li>
          ))}
        </ul>
        <p>
          <a href={`${base}${sitePaths.papers()}`}>Search and filter the papers</a>
        </p>
      </Section>

      <CallForPapers edition={edition} />

      <Section id={IMPORTANT_DATES_ANCHOR} title="Important Dates" isEmpty={content.importantDates.length === 0}>
        <ImportantDates
          dates={content.importantDates}
          venueZone={edition.timeZone}
          year={calendarYear}
          renderedAt={renderedAt}
        />
      </Section>

      <Section id="organizers" title="Organizers">
        {organizers.length > 0 ? (
          <PeopleGrid people={organizers} headingLevel={3} />
        ) : (
          <p className="tba">{TO_BE_ANNOUNCED}</p>
        )}
        <Team title="Volunteers" people={content.organizers.filter((person) => person.role === 'volunteer')} />
        <Team title="Advisors" people={content.organizers.filter((person) => person.role === 'advisor')} />
      </Section>

      <Section id="affiliations" title="Organizer affiliations" isEmpty={logoStrip.length === 0}>
        <LogoStrip affiliations={logoStrip} label="Organizer affiliations" />
      </Section>

      <Section id="sponsors" title="Sponsors" isEmpty={edition.sponsors.length === 0}>
        <LogoStrip affiliations={edition.sponsors} label="Sponsors" />
      </Section>
    </>
  )
}

function Team({ title, people }: { title: string; people: OrganizerView[] }) {
  if (people.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <PeopleGrid people={people} headingLevel={4} />
    </>
  )
}

/** The edition's one h1: name, tagline, and where and when. */
function About({ edition }: { edition: EditionView }) {
  const place = [edition.venue, edition.city].filter(Boolean).join(', ')
  return (
    <section id="about" aria-labelledby="about-heading" className="section about">
      <h1 id="about-heading">{edition.name}</h1>
      {edition.tagline ? <p className="tagline">{edition.tagline}</p> : null}
      <dl className="facts">
        <div>
          <dt>Conference</dt>
          <dd>
            {edition.conference} {edition.year}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{place || TO_BE_ANNOUNCED}</dd>
        </div>
        <div>
          <dt>When</dt>
          {/* The workshop day is stored at noon UTC (normaliseWorkshopDay): read in UTC, it is that day. */}
          <dd>{edition.date ? formatDate(edition.date, 'UTC') : TO_BE_ANNOUNCED}</dd>
        </div>
      </dl>
      <RichText data={edition.about} />
    </section>
  )
}

function CallForPapers({ edition }: { edition: EditionView }) {
  const { text, topics, submissionUrl, contactEmail } = edition.callForPapers
  const isEmpty = !text && topics.length === 0 && !submissionUrl && !contactEmail
  return (
    <Section id="call-for-papers" title="Call for Papers" isEmpty={isEmpty}>
      <RichText data={text} />
      {topics.length > 0 ? (
        <>
          <h3>Topics</h3>
          <ul className="topics">
            {topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Submission</h3>
      <p>
        {submissionUrl ? (
          <a className="button" href={submissionUrl}>
            Submit a paper
          </a>
        ) : (
          <>Submission site: {TO_BE_ANNOUNCED.toLowerCase()}.</>
        )}
      </p>
      {contactEmail ? (
        <p>
          Questions? Write to <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
        </p>
      ) : null}
    </Section>
  )
}
