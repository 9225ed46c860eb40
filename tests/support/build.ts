/**
 * Builds for the tests, each `astro build` in its own process as `npm run build` runs it. Asynchronous, so that a
 * run can build two sites at once on two cores: a fixture project is its own Astro root (its own .astro/ folder,
 * cache and output), so its build never shares a file with another's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './site.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
}

/** `astro build` of this repository's generator from `cwd`, with `env` added; its exit status and all it printed. */
export function astroBuild(cwd: string, env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk));
    build.on('error', reject);
    build.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * Make `directory` (a fixture project: content/ and data/, inside the repository, see fixtures.ts testFolder) an
 * Astro project of its own: this repository's config, src/ and public/ are copied in; packages resolve from the
 * repository's node_modules/ above it. Its .astro/ folder, cache (node_modules/.astro) and output are its own.
 */
export function copyGenerator(directory: string): void {
  if (relative(ROOT, directory).startsWith('..')) throw new Error(`A fixture project must lie inside the repository (tests/support/fixtures.ts testFolder): ${directory}`);
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
    cpSync(join(ROOT, item), join(directory, item), { recursive: true });
}

/**
 * Build a fixture project with the real generator (copyGenerator) into `directory`/dist. The PDF is skipped
 * (ESG_PDF=skip): fixtures test the site, and the PDF step would add seconds per build.
 */
export async function buildProject(directory: string): Promise<BuildResult> {
  copyGenerator(directory);
  return { ...(await astroBuild(directory, { ESG_PDF: 'skip' })), dist: join(directory, 'dist') };
}

/**
 * Build the report in `reportDir` (content/ and data/ only) with this repository's generator, the documented
 * way: ESG_REPORT_DIR names the report, ESG_OUT_DIR where the site goes. No file is copied. The build runs in this
 * repository's Astro root, whose .astro/ folder the repository's own build also writes: never run two at once.
 * `pdf` sets ESG_PDF for this build: 'require' makes a missing browser a failed build (a test that reads the
 * PDF must not pass without one), 'skip' skips the PDF; without it the environment's mode holds.
 */
export async function buildReport(reportDir: string, outDir: string, options: { pdf?: 'require' | 'skip' } = {}): Promise<BuildResult> {
  const pdf: Record<string, string> = options.pdf ? { ESG_PDF: options.pdf } : {};
  return { ...(await astroBuild(ROOT, { ESG_REPORT_DIR: reportDir, ESG_OUT_DIR: outDir, ...pdf })), dist: outDir };
}

/** `npm run check` on a report folder: its exit status and what it printed. */
export function checkReport(reportDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), reportDir], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
