/**
 * The quick per-page sample: the largest page of each page type (bench/page-types.ts) in one edition, where long
 * labels, wide tables and many charts are likeliest to break something. /print/ is left out: it is the whole
 * report on one page (a third of a sweep's time); tests/pages/every-page.test.ts checks it, and
 * tests/e2e/print.test.ts draws its charts.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, type PageType } from '../../bench/page-types.ts';
import { HEADER_WIDTHS, headerHeightsBy, sweepPages, type SweepDepth } from './page-sweep.ts';
import { htmlFile, sitePaths } from './site.ts';

/** The edition of a path: its language prefix ("zh-hk"), or "" for the default language at the root. */
export const editionOf = (path: string) => /^\/(zh-hk)\//.exec(path)?.[1] ?? '';

/** Page type → the largest page of that type in `edition` ("" or "zh-hk"), in dist/. */
export function largestOfEachType(edition: string): Map<PageType | undefined, string> {
  const largest = new Map<PageType | undefined, { path: string; bytes: number }>();
  for (const path of sitePaths()) {
    if (editionOf(path) !== edition) continue;
    const file = htmlFile(path);
    const type = pageTypeOf(path, readFileSync(file, 'utf8'));
    if (type === 'print') continue;
    const bytes = statSync(file).size;
    if ((largest.get(type)?.bytes ?? -1) < bytes) largest.set(type, { path, bytes });
  }
  return new Map([...largest].map(([type, page]) => [type, page.path]));
}

/**
 * Registers the quick sweep of one edition as tests (inside a test file): the per-page checks of `depth` on the
 * largest page of each of the 12 page types (bench/page-types.ts, a section with a chart counted apart, /print/
 * left out), and one header height at each width across them. `name` says the edition and checks in the report.
 */
export function sweepEachPageType(edition: string, depth: SweepDepth, name: string): void {
  const sample = largestOfEachType(edition);
  const paths = [...sample.values()].sort((a, b) => a.localeCompare(b));

  describe(name, () => {
    const sweep = sweepPages(paths, depth);

    it('took every page type of the edition, tables and charts included', () => {
      expect(sample.size).toBe(12);
      expect(sample.has(undefined)).toBe(false);
      expect(paths.every((path) => editionOf(path) === edition)).toBe(true);
      expect(sweep.visited).toEqual(paths);
      expect(sweep.withTables.length).toBeGreaterThan(5);
      expect(sweep.withCharts.length).toBeGreaterThan(2);
    });

    it('has one header height on every page type at each width', () => {
      const heights = headerHeightsBy(sweep, () => 'all')['all']!;
      for (const width of HEADER_WIDTHS) expect(heights[width], `${width}px: ${JSON.stringify(sweep.headerHeights[width])}`).toHaveLength(1);
    });
  });
}
