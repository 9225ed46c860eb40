import { defineConfig } from 'vitest/config';

/**
 * Three layers, each runnable alone (`npm run test:unit`, `test:build`, `test:e2e`); `npm test` runs all three.
 * The build and browser layers read one build of the site, made once by tests/support/global-setup.ts.
 * Timeouts are generous because they must hold on a loaded two-core machine; no test asserts time.
 */
const site = { globalSetup: ['tests/support/global-setup.ts'], testTimeout: 300_000, hookTimeout: 600_000 };

export default defineConfig({
  test: {
    // Fixture builds and the browser each want both cores: one file at a time keeps them predictable.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...site } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...site } },
    ],
  },
});
