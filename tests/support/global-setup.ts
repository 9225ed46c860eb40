/**
 * Vitest global setup of the build and browser projects: build the site into dist/ once, before any test reads
 * it, so `npm test` builds exactly once. Unit tests need no build, so `npm run test:unit` does not build.
 * `TEST_REUSE_DIST=1` reuses an existing dist/ (for repeated local runs); CI never sets it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './site.ts';

export default function setup() {
  // Both projects run this setup in the same process: the first build marks it, so the second reuses it.
  if (process.env.ESG_SITE_BUILT === '1') return;
  if (process.env.TEST_REUSE_DIST === '1' && existsSync(join(DIST, 'index.html'))) return;
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (build.status !== 0) throw new Error(`astro build failed before the tests:\n${build.stdout}\n${build.stderr}`);
  process.env.ESG_SITE_BUILT = '1';
  console.log(`Built the site once for the build and browser tests in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
