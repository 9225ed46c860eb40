/**
 * The per-page browser checks (tests/support/page-sweep.ts) on the largest page of each type in the Chinese
 * edition (/zh-hk/), to the depth `language` (the checks its language can change; page-types.test.ts takes the same
 * types through all of them in English), a file of its own so that the two run side by side.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_WIDTHS, headerHeightsBy, sweepPages } from '../support/page-sweep.ts';
import { largestOfEachType } from '../support/page-type-sample.ts';

const sample = largestOfEachType('zh-hk');
const paths = [...sample.values()].sort((a, b) => a.localeCompare(b));

describe('one page of each type in Chinese in Chromium: loads cleanly, axe, nothing cut off at 390 and 320 px, charts paint', () => {
  const sweep = sweepPages(paths, 'language');

  it('took every page type, tables and charts included', () => {
    expect(sample.size).toBe(12);
    expect(sample.has(undefined)).toBe(false);
    expect(paths.every((path) => path.startsWith('/zh-hk/'))).toBe(true);
    expect(sweep.visited).toEqual(paths);
    expect(sweep.withTables.length).toBeGreaterThan(5);
    expect(sweep.withCharts.length).toBeGreaterThan(2);
  });

  it('has one header height on every page type at each width', () => {
    const heights = headerHeightsBy(sweep, () => 'all')['all']!;
    for (const width of HEADER_WIDTHS) expect(heights[width], `${width}px: ${JSON.stringify(sweep.headerHeights[width])}`).toHaveLength(1);
  });
});
