import type { ReactNode } from 'react'

import { DEFAULT_CHALLENGE_TITLE } from '@/lib/editions/challenge'
import { type OutlinedSection, editionStage } from '@/lib/editions/outline'
import { workshopWhen } from '@/lib/editions/when'
import { getEditionOutline, getHomeContent, getScheduleChanges } from '@/lib/queries'
import { type EditionView, type OrganizerView, type SessionView, organizerAffiliationStrip } from '@/lib/reshape'
import { IMPORTANT_DATES_ANCHOR, sitePaths } from '@/lib/siteUrl'

import { ChallengeDetails } from '../challenge/Challenge'
import { ImportantDates } from '../dates/ImportantDates'
import { PaperCard } from '../papers/PaperCard'
import { PeopleGrid } from '../people/PersonCard'
import { RichText } from '../RichText'
import { ScheduleTable } from '../schedule/ScheduleTable'
import { Section, TO_BE_ANNOUNCED } from '../Section'
import { LogoStrip } from './LogoStrip'

/** Every section of an edition's page, in the order of the header's anchors (editions/outline.ts). */
export async function EditionSections({ edition }: { edition: EditionView }) {
  const [content, outline, scheduleHistory] = await Promise.all([
    getHomeContent(edition.id),
    getEditionOutline(edition),
    getScheduleChanges(edition.id),
  ])
  // The instant this HTML is rendered: client clocks hydrate from it, then take over.
  const renderedAt = Date.now()
  const base = edition.basePath
  const isPast = editionStage(edition, new Date(renderedAt)) === 'past'
  // The calendar routes pick an edition with ?year=; the current one needs none.
  const calendarYear = edition.isCurrent ? undefined : edition.year
  const team = (role: OrganizerView['role']) => content.organizers.filter((person) => person.role === role)
  const logoStrip = organizerAffiliationStrip(edition, content.organizers)
  // "Talk and bio" leads somewhere only when the speaker has a talk in the schedule or a bio.
  const speakersWithTalks = new Set(
    content.sessions.flatMap((session) => session.speakers.map((speaker) => speaker.slug)),
  )
  const speakerPages = new Set(
    content.speakers
      .filter((speaker) => speaker.bio || speakersWithTalks.has(speaker.slug))
      .map((speaker) => speaker.slug),
  )

  const sections: Record<OutlinedSection['id'], (section: OutlinedSection) => ReactNode> = {
    about: () => <About key="about" edition={edition} sessions={content.sessions} isPast={isPast} />,
    speakers: (section) => (
      <Section key={section.id} {...section}>
        <PeopleGrid
          people={content.speakers}
          headingLevel={3}
          detailsHref={(speaker) =>
            speakerPages.has(speaker.slug) ? `${base}${sitePaths.speaker(speaker.slug)}` : undefined
          }
          detailsLabel="Talk and bio"
        />
      </Section>
    ),
    schedule: (section) => (
      <Section key={section.id} {...section}>
        <ScheduleTable
          edition={edition}
          sessions={content.sessions}
          renderedAt={renderedAt}
          id="home-schedule"
          changes={scheduleHistory.markers}
        />
        <p className="calendar-links">
          <a href={`${base}${sitePaths.schedule()}`}>Schedule page</a> ·{' '}
          <a href={`${base}${sitePaths.mySchedule()}`}>My schedule</a> ·{' '}
          {scheduleHistory.changes.length > 0 ? (
            <>
              <a href={`${base}${sitePaths.scheduleChanges()}`}>What changed</a> ·{' '}
            </>
          ) : null}
          <a href={sitePaths.scheduleCalendar(calendarYear)} download>
            Download the schedule (.ics)
          </a>
        </p>
      </Section>
    ),
    papers: (section) => (
      <Section key={section.id} {...section}>
        {content.papersAreHighlights ? (
          <p>Orals and award papers; the full list has all {content.paperCount}.</p>
        ) : null}
        <ul className="paper-list">
          {content.papers.map((paper) => (
            <li key={paper.id}>
              <PaperCard paper={paper} basePath={base} headingLevel={3} starYear={edition.year} />
            </li>
          ))}
        </ul>
        <p className="calendar-links">
          <a href={`${base}${sitePaths.papers()}`}>
            {content.papersAreHighlights ? `All ${content.paperCount} papers` : 'Search and filter the papers'}
          </a>
        </p>
      </Section>
    ),
    challenge: (section) =>
      edition.challenge ? (
        <Section key={section.id} {...section}>
          {edition.challenge.title !== DEFAULT_CHALLENGE_TITLE ? <h3>{edition.challenge.title}</h3> : null}
          <ChallengeDetails
            challenge={edition.challenge}
            sessions={content.sessions}
            basePath={base}
            timeZone={edition.timeZone}
            isPast={isPast}
            id="home-challenge-results"
          />
          <p className="calendar-links">
            <a href={`${base}${sitePaths.challenge()}`}>Challenge page</a>
          </p>
        </Section>
      ) : null,
    'call-for-papers': (section) => (
      <CallForPapers key={section.id} section={section} edition={edition} isPast={isPast} />
    ),
    [IMPORTANT_DATES_ANCHOR]: (section) => (
      <Section key={section.id} {...section}>
        <ImportantDates
          dates={content.importantDates}
          venueZone={edition.timeZone}
          year={calendarYear}
          renderedAt={renderedAt}
        />
      </Section>
    ),
    organizers: (section) => (
      <Section key={section.id} {...section}>
        <PeopleGrid people={team('organizer')} headingLevel={3} showCountry />
        <Team title="Advisors" people={team('advisor')} />
      </Section>
    ),
    volunteers: (section) => (
      <Section key={section.id} {...section}>
        <PeopleGrid people={team('volunteer')} headingLevel={3} showCountry />
      </Section>
    ),
    affiliations: (section) => (
      <Section key={section.id} {...section}>
        <LogoStrip affiliations={logoStrip} label="Organizer affiliations" />
      </Section>
    ),
    sponsors: (section) => (
      <Section key={section.id} {...section}>
        <LogoStrip affiliations={edition.sponsors} label="Sponsors" />
      </Section>
    ),
  }

  return <>{outline.map((section) => sections[section.id](section))}</>
}

function Team({ title, people }: { title: string; people: OrganizerView[] }) {
  if (people.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <PeopleGrid people={people} headingLevel={4} showCountry />
    </>
  )
}

/** The edition's one h1: name, tagline, and where and when. */
function About({ edition, sessions, isPast }: { edition: EditionView; sessions: SessionView[]; isPast: boolean }) {
  const place = [edition.venue, edition.city].filter(Boolean).join(', ')
  const when = workshopWhen(edition, sessions)
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
        {place || !isPast ? (
          <div>
            <dt>Where</dt>
            <dd>{place || TO_BE_ANNOUNCED}</dd>
          </div>
        ) : null}
        {when || !isPast ? (
          <div>
            <dt>When</dt>
            <dd>{when?.text ?? TO_BE_ANNOUNCED}</dd>
          </div>
        ) : null}
      </dl>
      <RichText data={edition.about} />
    </section>
  )
}

function CallForPapers({
  section,
  edition,
  isPast,
}: {
  section: OutlinedSection
  edition: EditionView
  isPast: boolean
}) {
  const { text, topics, submissionUrl, contactEmail } = edition.callForPapers
  return (
    <Section {...section}>
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
      {/* An archive's call is closed: no submission link to wait for. */}
      {submissionUrl || !isPast ? (
        <>
          <h3>Submission</h3>
          <p>
            {submissionUrl ? (
              <a className="button" href={submissionUrl}>
                {isPast ? 'Submission site' : 'Submit a paper'}
              </a>
            ) : (
              <>Submission site: {TO_BE_ANNOUNCED.toLowerCase()}.</>
            )}
          </p>
        </>
      ) : null}
      {contactEmail && !isPast ? (
        <p>
          Questions? Write to <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
        </p>
      ) : null}
    </Section>
  )
}
