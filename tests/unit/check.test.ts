/**
 * `npm run check` on the report itself: one missing column is one error (not 211 spread over MDX files), and
 * `--format github` prints each error as a GitHub Actions workflow annotation on its file, line and column.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/loaders/errors.ts';
import { validateProject } from '../../src/validation/validate.ts';
import { ROOT } from '../support/site.ts';

let directory: string | undefined;
afterEach(() => directory && rmSync(directory, { recursive: true, force: true }));

/** A copy of the report's content/ and data/, with one file edited. */
function reportWith(file: string, edit: (text: string) => string): string {
  directory = mkdtempSync(join(tmpdir(), 'esg-report-'));
  for (const folder of ['content', 'data']) cpSync(join(ROOT, folder), join(directory, folder), { recursive: true });
  writeFileSync(join(directory, file), edit(readFileSync(join(directory, file), 'utf8')));
  return directory;
}

const check = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), root, ...args], { encoding: 'utf8' });

describe('npm run check on the report', () => {
  it('reports a deleted unit header of indicators.csv as one error', () => {
    const root = reportWith('data/indicators.csv', (text) => text.replace(',unit,', ','));
    const errors = validateProject(root).errors.map(formatDataError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/indicators\.csv:1:\d+ missing column "unit": expected the header to have id, name, label, unit, .*; none of the file's 59 rows can be read until it is fixed \[\d+ errors that depend on it are not shown\]$/,
    );
  });

  it('reports a deleted kind header of rules.csv as one error, not one per recorded exception', () => {
    const root = reportWith('data/rules.csv', (text) => text.replace(',kind,', ','));
    const errors = validateProject(root).errors.map(formatDataError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/rules\.csv:1:\d+ missing column "kind": expected the header to have id, kind, label, .*; none of the file's \d+ rows can be read until it is fixed \[\d+ errors that depend on it are not shown\]$/,
    );
  });

  it('prints GitHub Actions annotations with --format github, and exits 1', () => {
    const root = reportWith('data/values.csv', (text) => text.replace(/^ghg-total,2024,[^,]*,/m, 'ghg-total,2024,1 2,'));
    const result = check(root, '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^::error file=data\/values\.csv,line=\d+,col=16,title=Report check::value: expected a plain decimal number such as 1701\.13 \(no thousands separators, units or spaces\), or an empty cell \(found "1 2"\)/),
    ]);
  });

  it('passes on the report as it is', () => {
    expect(execFileSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), ROOT], { encoding: 'utf8' })).toMatch(/^OK: /);
  });
});
