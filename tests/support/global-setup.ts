/**
 * Vitest global setup of the build and browser projects: build, once for the whole run and before any test reads
 * them, the sites those layers check:
 * - the 2024 report into dist/ (with its PDFs);
 * - another issuer's site (tests/support/another-issuer.ts): the fixture report that the build and browser layers
 *   both check, built beside the first (two cores: the report build leaves one mostly idle).
 * Unit tests need no build, so `npm run test:unit` does not build. `TEST_REUSE_DIST=1` reuses both sites when they
 * exist (for repeated local runs); CI never sets it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ANOTHER_ISSUER_DIST, buildAnotherIssuer } from './another-issuer.ts';
import { astroBuild } from './build.ts';
import { DIST, ROOT } from './site.ts';

/** `astro build` of the repository's own report, as `npm run build` runs it; rejects with its output on failure. */
async function buildReport(): Promise<void> {
  const build = await astroBuild(ROOT, {});
  if (build.status !== 0) throw new Error(`astro build failed before the tests:\n${build.output}`);
}

export default async function setup() {
  // Both projects run this setup in the same process: the first build marks it, so the second reuses it.
  if (process.env.ESG_SITE_BUILT === '1') return;
  const reuse = process.env.TEST_REUSE_DIST === '1';
  const started = performance.now();
  await Promise.all([
    reuse && existsSync(join(DIST, 'index.html')) ? undefined : buildReport(),
    reuse && existsSync(join(ANOTHER_ISSUER_DIST, 'index.html')) ? undefined : buildAnotherIssuer(),
  ]);
  process.env.ESG_SITE_BUILT = '1';
  console.log(`Built the sites once for the build and browser tests in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
