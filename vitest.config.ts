import { defineConfig } from 'vitest/config';

/**
 * Four layers, each runnable alone (`npm run test:unit`, `test:build`, `test:e2e`; the type check is
 * `npm run typecheck`); `npm test` runs all four.
 * The build and browser layers read one build of the site, made once by tests/support/global-setup.ts.
 * Scheduling for a two-core machine, one file at a time per layer, two layers at once: first the type check beside
 * the unit tests, then the build tests beside the browser tests. The type check and the build tests never run
 * together: both write the repository's .astro/ folder (astro sync), and the check could read a half-written file.
 * Timeouts are generous because they must hold on a loaded two-core machine; no test asserts time.
 */
const site = { globalSetup: ['tests/support/global-setup.ts'], testTimeout: 300_000, hookTimeout: 600_000 };

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'types', include: ['tests/types/**/*.test.ts'], testTimeout: 300_000, fileParallelism: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...site, fileParallelism: false, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...site, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
