/**
 * Another issuer's site, shared by the files of the reports layer: tests/fixtures/minimal (a fictional issuer's
 * complete report) with tests/fixtures/restated laid on top (a restated 2024 figure, a site URL, licence, sources),
 * plus a second brand colour and a source repository. One build proves what a report other than the repository's
 * own gets: no trace of the 2024 issuer, its brand colour in force, canonical URLs, sitemap, "Edit this page",
 * restatements on every output. Built once per run by tests/support/global-setup.ts into ANOTHER_ISSUER_DIR.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject } from './build.ts';
import { FIXTURE_PROJECTS, makeProject } from './fixtures.ts';

/** Its brand colour (the fixtures' own is #2d5d2a) and the site URL and repository its report.json names. */
export const BRAND = '#8b2252';
export const SITE = 'https://esg.example.com';
export const REPOSITORY = 'https://github.com/example/esg-report';

/** Where it is laid out and built (a fixed folder, so that TEST_REUSE_DIST=1 can reuse it; git ignores it). */
export const ANOTHER_ISSUER_DIR = join(FIXTURE_PROJECTS, 'another-issuer');
/** Its built site. */
export const ANOTHER_ISSUER_DIST = join(ANOTHER_ISSUER_DIR, 'dist');

/** What its build printed (kept beside it, for the tests of the build's messages). */
export const ANOTHER_ISSUER_LOG = join(ANOTHER_ISSUER_DIR, 'build.log');

/** Lays out the project afresh and builds it, keeping its output in ANOTHER_ISSUER_LOG; rejects if it fails. */
export async function buildAnotherIssuer(): Promise<void> {
  makeProject(
    'restated',
    {
      'data/report.json': (text) => JSON.stringify({ ...JSON.parse(text), brandColour: BRAND, repository: { url: REPOSITORY, branch: 'main' } }, null, 2),
    },
    ANOTHER_ISSUER_DIR,
  );
  const build = await buildProject(ANOTHER_ISSUER_DIR);
  writeFileSync(ANOTHER_ISSUER_LOG, build.output);
  if (build.status !== 0) throw new Error(`Another issuer's fixture site did not build:\n${build.output}`);
}
