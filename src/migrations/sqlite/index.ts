import * as migration_20261125_022747_initial from './20261125_022747_initial';

export const migrations = [
  {
    up: migration_20261125_022747_initial.up,
    down: migration_20261125_022747_initial.down,
    name: '20261125_022747_initial'
  },
];
