/**
 * The per-page browser checks (tests/support/page-sweep.ts) on one page of every type in every edition: the
 * largest page of its type, where long labels, wide tables and many charts are likeliest to break something.
 * The quick form of tests/pages/every-page.test.ts, for `npm test`; page types come from bench/page-types.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '../../bench/page-types.ts';
import { sweepPages } from '../support/page-sweep.ts';
import { htmlFile, sitePaths } from '../support/site.ts';

/** The edition of a path: its language prefix ("zh-hk"), or "" for the default language at the root. */
const editionOf = (path: string) => /^\/(zh-hk)\//.exec(path)?.[1] ?? '';

const largest = new Map<string, { path: string; bytes: number }>();
for (const path of sitePaths()) {
  const file = htmlFile(path);
  const type = pageTypeOf(path, readFileSync(file, 'utf8'));
  // /print/ is the whole report on one page (a third of this sweep's time): every-page.test.ts checks it, and
  // tests/e2e/print.test.ts draws its charts here.
  if (type === 'print') continue;
  const key = `${editionOf(path)} ${type}`;
  const bytes = statSync(file).size;
  if ((largest.get(key)?.bytes ?? -1) < bytes) largest.set(key, { path, bytes });
}
const sample = [...largest.values()].map((page) => page.path).sort((a, b) => a.localeCompare(b));

describe('one page of each type in each edition in Chromium: loads cleanly, axe in both colour schemes, nothing cut off at 390 and 320 px, charts paint', () => {
  const sweep = sweepPages(sample);

  it('took every page type of both editions, tables and charts included', () => {
    const keys = [...largest.keys()];
    // 12 page types (bench/page-types.ts, a section with a chart counted apart, /print/ left out) in each edition.
    expect(keys.filter((key) => key.startsWith(' ')).length).toBe(12);
    expect(keys.filter((key) => key.startsWith('zh-hk ')).length).toBe(12);
    expect(keys.some((key) => key.endsWith(' undefined'))).toBe(false);
    expect(sweep.visited).toEqual(sample);
    expect(sweep.withTables.length).toBeGreaterThan(10);
    expect(sweep.withCharts.length).toBeGreaterThan(4);
  });
});
