/** Build a fixture project with the real generator: the project's src/ and config over the fixture's content/ and data/. The PDF is skipped (ESG_PDF=skip): fixtures test the site, and the PDF step would add seconds per build. */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
}

export function buildProject(directory: string): BuildResult {
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
    cpSync(join(ROOT, item), join(directory, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: directory,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ESG_PDF: 'skip' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(directory, 'dist') };
}

/**
 * Build the report in `reportDir` (content/ and data/ only) with this repository's generator, the documented
 * way: ESG_REPORT_DIR names the report, ESG_OUT_DIR where the site goes. No file is copied.
 * `pdf` sets ESG_PDF for this build: 'require' makes a missing browser a failed build (a test that reads the
 * PDF must not pass without one), 'skip' skips the PDF; without it the environment's mode holds.
 */
export function buildReport(reportDir: string, outDir: string, options: { pdf?: 'require' | 'skip' } = {}): BuildResult {
  const pdf = options.pdf ? { ESG_PDF: options.pdf } : {};
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ESG_REPORT_DIR: reportDir, ESG_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...pdf },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: outDir };
}

/** `npm run check` on a report folder: its exit status and what it printed. */
export function checkReport(reportDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), reportDir], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
