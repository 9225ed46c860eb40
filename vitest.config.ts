import { defineConfig } from 'vitest/config';

/**
 * Six layers, each runnable alone (`npm run test:types`, `test:unit`, `test:build`, `test:e2e`, `test:reports`,
 * `test:pages`). `npm run test:all` (CI, the README's test command) runs all six. `npm test`, the quick loop for
 * editing this repository's report, runs unit, build and e2e: the report's build, outputs and pages, the browser
 * checks on one page of each type. It leaves to test:all the type check, the `reports` layer (other reports than
 * this one, each its own Astro build: fixtures, the example, broken reports, the dev server) and the `pages` layer
 * (every page in the browser, about 2 s of CPU each).
 * The build, e2e and pages layers read one build of the site, made once by tests/support/global-setup.ts.
 * Scheduling for a two-core machine (vitest's `sequence.groupOrder`; a group's files share its workers): first the
 * type check, alone; then every other layer, two files at a time, the unit tests' short files filling the gaps
 * between the long ones. The type check never runs beside a build in this repository's root (tests/reports/
 * example.test.ts builds there): both write its .astro/ folder, and the check could read a half-written file. (A
 * fixture project is a root of its own: tests/support/build.ts.) The global setup's builds come before both groups.
 * Files are not isolated from each other (`isolate: false`): a worker imports the test modules and parses the built
 * site once for all its files (tests/support/site.ts readSite), which halves the layers' import time; no test
 * changes module state another file reads (environment variables are restored where a test sets them).
 * Timeouts are generous because they must hold on a loaded two-core machine; no test asserts time.
 */
const site = { globalSetup: ['tests/support/global-setup.ts'], testTimeout: 300_000, hookTimeout: 600_000, isolate: false };

export default defineConfig({
  test: {
    maxWorkers: 2,
    fileParallelism: true,
    projects: [
      { extends: true, test: { name: 'types', include: ['tests/types/**/*.test.ts'], testTimeout: 300_000, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...site, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...site, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'reports', include: ['tests/reports/**/*.test.ts'], ...site, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'pages', include: ['tests/pages/**/*.test.ts'], ...site, sequence: { groupOrder: 1 } } },
    ],
  },
});
