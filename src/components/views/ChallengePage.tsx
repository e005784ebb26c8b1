import type { Metadata } from 'next'

import { editionStage } from '@/lib/editions/outline'
import { pageMetadata } from '@/lib/metadata'
import { getSchedule } from '@/lib/queries'
import type { EditionView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { ChallengeDetails } from '../challenge/Challenge'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

type ChallengeEdition = EditionView & { challenge: NonNullable<EditionView['challenge']> }

/** Only an edition with a challenge has a /challenge page; any other answers 404. */
export function hasChallenge(edition: EditionView | null): edition is ChallengeEdition {
  return edition?.challenge !== undefined
}

export async function ChallengePage({ edition }: { edition: ChallengeEdition }) {
  const sessions = await getSchedule(edition.id)
  const { challenge } = edition
  return (
    <>
      <SiteHeader edition={edition} />
      <main id="main" tabIndex={-1} className="page">
        <p className="eyebrow">
          <a href={edition.basePath || '/'}>{edition.name}</a>
        </p>
        <h1>{challenge.title}</h1>
        <ChallengeDetails
          challenge={challenge}
          sessions={sessions}
          basePath={edition.basePath}
          timeZone={edition.timeZone}
          isPast={editionStage(edition) === 'past'}
          id="challenge-results"
        />
      </main>
      <SiteFooter edition={edition} />
    </>
  )
}

export function challengeMetadata(edition: ChallengeEdition): Metadata {
  return pageMetadata({
    title: `${edition.challenge.title}, ${edition.name}`,
    description: `The challenge of ${edition.name} (${edition.conference} ${edition.year}) and its results: place, team, score and prize.`,
    path: `${edition.basePath}${sitePaths.challenge()}`,
  })
}
