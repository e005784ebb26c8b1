import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

const intProject = (kind: 'sqlite' | 'postgres' | 'mongodb') => ({
  extends: true as const,
  test: {
    name: `int-${kind}`,
    include: ['tests/int/**/*.int.test.ts'],
    env: { TEST_DB: kind },
    globalSetup: ['tests/helpers/intSetup.ts'],
    // One real server and database per kind; files take turns so the 2-core machine is not oversubscribed.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'src/payload.config.ts'),
      '@/': `${path.join(root, 'src')}/`,
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      intProject('sqlite'),
      intProject('postgres'),
      intProject('mongodb'),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/helpers/e2eSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
