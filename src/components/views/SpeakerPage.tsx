import type { Metadata } from 'next'

import { editionStage } from '@/lib/editions/outline'
import { pageMetadata } from '@/lib/metadata'
import type { SpeakerWithTalks } from '@/lib/queries'
import type { EditionView, SpeakerView } from '@/lib/reshape'
import { sessionAnchor, sitePaths } from '@/lib/siteUrl'
import { formatDate, formatTime, zoneLabel } from '@/lib/time'

import { MediaImage } from '../MediaImage'
import { RichText } from '../RichText'
import { TO_BE_ANNOUNCED } from '../Section'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

export function SpeakerPage({ edition, speaker, sessions }: { edition: EditionView } & SpeakerWithTalks) {
  const zone = edition.timeZone
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <article className="speaker">
          <p className="eyebrow">
            <a href={`${edition.basePath || '/'}#speakers`}>Speakers, {edition.name}</a>
          </p>
          <div className="speaker-intro">
            {speaker.photo ? <MediaImage picture={speaker.photo} displayWidth={200} className="speaker-photo" /> : null}
            <div>
              <h1>{speaker.name}</h1>
              {speaker.position ? <p className="person-position">{speaker.position}</p> : null}
              {speaker.affiliation ? (
                <p className="person-affiliation">
                  {speaker.affiliation.url ? (
                    <a href={speaker.affiliation.url}>{speaker.affiliation.name}</a>
                  ) : (
                    speaker.affiliation.name
                  )}
                </p>
              ) : null}
              {speaker.homepage ? (
                <p>
                  <a href={speaker.homepage}>Homepage</a>
                </p>
              ) : null}
            </div>
          </div>

          {sessions.length === 0 ? (
            // An archive shows what it has; only a coming edition has talks still to announce.
            editionStage(edition) === 'past' ? null : (
              <>
                <h2>Talk</h2>
                <p className="tba">{TO_BE_ANNOUNCED}</p>
              </>
            )
          ) : (
            <>
              <h2>{sessions.length === 1 ? 'Talk' : 'Talks'}</h2>
              <ul className="talks">
                {sessions.map((session) => (
                  <li key={session.id}>
                    <h3>{session.title}</h3>
                    <p>
                      <time dateTime={session.start}>
                        {formatDate(session.start, zone)}, {formatTime(session.start, zone)}–
                        {formatTime(session.end, zone)} {zoneLabel(zone, new Date(session.start))}
                      </time>
                      {session.room ? `, ${session.room}` : ''}
                    </p>
                    <p className="inline-list-plain">
                      <a href={`${edition.basePath}${sitePaths.schedule()}#${sessionAnchor(session.id)}`}>
                        In the schedule
                      </a>{' '}
                      ·{' '}
                      <a href={sitePaths.sessionCalendar(session.id)} download>
                        Add to calendar (.ics)
                      </a>
                      {session.links.slides ? (
                        <>
                          {' '}
                          · <a href={session.links.slides}>Slides</a>
                        </>
                      ) : null}
                      {session.links.video ? (
                        <>
                          {' '}
                          · <a href={session.links.video}>Video</a>
                        </>
                      ) : null}
                    </p>
                    {session.description ? <p>{session.description}</p> : null}
                  </li>
                ))}
              </ul>
            </>
          )}

          {speaker.bio ? (
            <>
              <h2>Biography</h2>
              <RichText data={speaker.bio} />
            </>
          ) : null}
        </article>
      </main>
      <SiteFooter edition={edition} />
    </>
  )
}

export function speakerMetadata(edition: EditionView, speaker: SpeakerView): Metadata {
  const role = [speaker.position, speaker.affiliation?.name].filter(Boolean).join(', ')
  return pageMetadata({
    title: speaker.name,
    description: `${speaker.name}${role ? `, ${role},` : ''} speaks at ${edition.name} (${edition.conference} ${edition.year}).`,
    path: `${edition.basePath}${sitePaths.speaker(speaker.slug)}`,
    seo: speaker.seo,
  })
}
