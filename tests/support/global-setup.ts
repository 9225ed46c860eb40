/**
 * Vitest global setup: build, once for the whole run and before any test reads it, the site a layer checks.
 * - The build, e2e and pages layers: the 2024 report into dist/, with its PDFs, as `npm run build` makes it.
 * - The reports layer: another issuer's site (tests/support/another-issuer.ts), which several of its files check,
 *   and the 2024 report, whose PDF step it runs again.
 * Unit tests and the type check need no build. `TEST_REUSE_DIST=1` reuses a site that exists (for repeated local
 * runs); CI never sets it. Vitest calls this once per project, in one process: each site is built the first time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ANOTHER_ISSUER_DIST, buildAnotherIssuer } from './another-issuer.ts';
import { astroBuild } from './build.ts';
import { DIST, ROOT } from './site.ts';

/** `astro build` of the repository's own report, as `npm run build` runs it; rejects with its output on failure. */
async function buildReport(): Promise<void> {
  const build = await astroBuild(ROOT, {});
  if (build.status !== 0) throw new Error(`astro build failed before the tests:\n${build.output}`);
}

const sites = {
  report: { built: DIST, build: buildReport },
  'another issuer': { built: ANOTHER_ISSUER_DIST, build: buildAnotherIssuer },
};
type Site = keyof typeof sites;

/** Build `name`'s site unless this run built it already (or TEST_REUSE_DIST=1 finds it built). */
async function ensure(name: Site): Promise<void> {
  const marker = `ESG_TEST_BUILT_${name.replace(' ', '_').toUpperCase()}`;
  if (process.env[marker] === '1') return;
  const site = sites[name];
  if (!(process.env.TEST_REUSE_DIST === '1' && existsSync(join(site.built, 'index.html')))) {
    const started = performance.now();
    await site.build();
    console.log(`Built the ${name}'s site once for the tests in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  process.env[marker] = '1';
}

export default async function setup(project: TestProject) {
  // The reports layer also prints the report's PDF again (tests/reports/pdf-step.test.ts); two builds at once fill
  // two cores.
  const needed: Site[] = project.name === 'reports' ? ['report', 'another issuer'] : ['report'];
  await Promise.all(needed.map(ensure));
}
