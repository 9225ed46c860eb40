/**
 * The per-page browser checks (tests/support/page-sweep.ts) on the largest page of each type in the English
 * edition (tests/support/page-type-sample.ts); page-types-zh.test.ts does the Chinese edition, as a file of its
 * own so that the two run side by side. The quick form of tests/pages/every-page.test.ts, for `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_WIDTHS, headerHeightsBy, sweepPages } from '../support/page-sweep.ts';
import { largestOfEachType } from '../support/page-type-sample.ts';

const sample = largestOfEachType('');
const paths = [...sample.values()].sort((a, b) => a.localeCompare(b));

describe('one page of each type in English in Chromium: loads cleanly, axe in both colour schemes, nothing cut off at 390 and 320 px, charts paint', () => {
  const sweep = sweepPages(paths);

  it('took every page type, tables and charts included', () => {
    // 12 page types (bench/page-types.ts, a section with a chart counted apart, /print/ left out).
    expect(sample.size).toBe(12);
    expect(sample.has(undefined)).toBe(false);
    expect(sweep.visited).toEqual(paths);
    expect(sweep.withTables.length).toBeGreaterThan(5);
    expect(sweep.withCharts.length).toBeGreaterThan(2);
  });

  it('has one header height on every page type at each width', () => {
    const heights = headerHeightsBy(sweep, () => 'all')['all']!;
    for (const width of HEADER_WIDTHS) expect(heights[width], `${width}px: ${JSON.stringify(sweep.headerHeights[width])}`).toHaveLength(1);
  });
});
