import type { GroupField } from 'payload'

import { validateChallengePlace } from '../../src/lib/editions/challenge'
import { urlField } from '../fields/url'

/**
 * An edition's challenge (competition) and its results, entered with the edition rather than as a
 * collection of its own: there is at most one per edition, and it is drafted, published,
 * versioned, exported and imported with the edition it belongs to. A team's affiliation is text,
 * not a relationship: challenge teams are rarely among the affiliations the site keeps logos for.
 */
export const challengeField: GroupField = {
  name: 'challenge',
  type: 'group',
  interfaceName: 'EditionChallenge',
  admin: {
    description:
      'Left empty, the edition has no challenge: no section, no menu item, no /challenge page. A title, a description, a link or a result is enough to show it.',
  },
  fields: [
    { name: 'title', type: 'text', admin: { description: 'e.g. "SyntaGen 2024 Competition". Left empty, "Challenge".' } },
    { name: 'description', type: 'richText' },
    urlField({ name: 'link', label: 'Challenge site', description: 'Its rules, data and leaderboard, e.g. on Codabench.' }),
    {
      name: 'results',
      type: 'array',
      interfaceName: 'ChallengeResults',
      labels: { singular: 'Result', plural: 'Results' },
      admin: {
        description: 'One row per placed team. Shown sorted by place; teams tied on a place keep this order.',
        components: { RowLabel: '/../admin/editions/ChallengeResultRowLabel#ChallengeResultRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'place',
              type: 'number',
              required: true,
              min: 1,
              admin: { width: '15%', step: 1 },
              validate: (value: null | number | undefined) => validateChallengePlace(value),
            },
            { name: 'team', type: 'text', required: true, admin: { width: '40%' } },
            { name: 'affiliation', type: 'text', admin: { width: '45%', description: 'e.g. "VinAI Research, Vietnam"' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'metric', type: 'text', admin: { description: 'What the score measures, e.g. "mIoU".' } },
            { name: 'score', type: 'text', admin: { description: 'As it should read, e.g. "47.30".' } },
            { name: 'prize', type: 'text', admin: { description: 'e.g. "US$1,000" or "Winner’s talk".' } },
          ],
        },
      ],
    },
  ],
}
