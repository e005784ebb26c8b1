import * as migration_20261125_022747_initial from './20261125_022747_initial';
import * as migration_20261126_083603_issues_7_to_10 from './20261126_083603_issues_7_to_10';
import * as migration_20261126_100531_posters_and_challenge from './20261126_100531_posters_and_challenge';

export const migrations = [
  {
    up: migration_20261125_022747_initial.up,
    down: migration_20261125_022747_initial.down,
    name: '20261125_022747_initial',
  },
  {
    up: migration_20261126_083603_issues_7_to_10.up,
    down: migration_20261126_083603_issues_7_to_10.down,
    name: '20261126_083603_issues_7_to_10',
  },
  {
    up: migration_20261126_100531_posters_and_challenge.up,
    down: migration_20261126_100531_posters_and_challenge.down,
    name: '20261126_100531_posters_and_challenge'
  },
];
