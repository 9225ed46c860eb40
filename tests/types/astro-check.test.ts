/**
 * The type check (`astro check`: TypeScript over src/, tests/, bench/ and scripts/, and the .astro components) as a
 * test, so that `npm test` runs it beside the unit and build tests instead of before them: on two cores the
 * check's 30–40 s of CPU overlap the other layers. `npm run typecheck` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

describe('types', () => {
  it('astro check finds no type error', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const output = `${check.stdout}\n${check.stderr}`;
    expect(check.status, output).toBe(0);
    expect(output).toMatch(/- 0 errors\n/);
  });
});
