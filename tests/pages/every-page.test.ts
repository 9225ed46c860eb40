/**
 * Every page of dist/, in both editions, through the per-page browser checks (tests/support/page-sweep.ts: a
 * clean load, axe in both colour schemes and at 320 px, nothing cut off at 390 and 320 px, charts paint).
 * Its own layer (`npm run test:pages`, part of `npm run test:all`): some 10 minutes on two cores.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_WIDTHS, headerHeightsBy, sweepPages } from '../support/page-sweep.ts';
import { sitePaths } from '../support/site.ts';

const paths = sitePaths();

describe('every page in Chromium (one load each): loads cleanly, axe in both colour schemes, nothing cut off at 390 and 320 px, charts paint', () => {
  const sweep = sweepPages(paths);

  it('visited every page of dist/, tables and charts included', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(sweep.visited).toEqual(paths);
    expect(sweep.withTables.length).toBeGreaterThan(50);
    expect(sweep.withCharts.length).toBeGreaterThan(60);
  });

  it('has one header height in each edition at each width, on every page', () => {
    const byEdition = headerHeightsBy(sweep, (path) => (path.startsWith('/zh-hk/') ? 'zh-hk' : 'en'));
    expect(Object.keys(byEdition).sort()).toEqual(['en', 'zh-hk']);
    for (const [edition, heights] of Object.entries(byEdition))
      for (const width of HEADER_WIDTHS) expect(heights[width], `${edition} ${width}px`).toHaveLength(1);
  });
});
