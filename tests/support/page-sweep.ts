/**
 * The per-page browser checks, every one from a single load of the page in a real Chromium:
 * - it loads (status 200) with no console error (a CSP violation is one) and asks no other origin for anything;
 * - axe-core (WCAG 2.2 AA and best practices) finds no violation at 1280 px in the light scheme; in the dark
 *   scheme, the colour rules (contrast, links told apart from text) find none: the dark theme changes colours
 *   only (custom properties under prefers-color-scheme), so no other rule can give a different result;
 * - at 390 and 320 px nothing is cut off: the page does not scroll sideways, and each table fits or scrolls in a
 *   labelled, focusable region with a visible cue; and axe finds no violation at 320 px (light);
 * - every chart paints (drawn on demand, then its canvas has more than 500 non-white pixels);
 * - the site header's height is recorded at 1280, 1024, 390 and 320 px (Sweep.headerHeights), for a suite to
 *   assert one header height at each width on every page it visited.
 * The viewport and colour scheme are switched on the loaded page rather than loading it again. axe is added once
 * per browser context as an init script through the DevTools protocol, so the pages' strict CSP stays on.
 *
 * Three suites run it: tests/e2e/page-types.test.ts and page-types-zh.test.ts on one page of each type in each
 * edition (in `npm test`), and tests/pages/every-page.test.ts on every page of dist/ (`npm run test:pages`;
 * `npm run test:all` runs all three).
 * About 2 s of CPU a page: every page of a two-edition report is some 10 minutes on two cores, too slow for the
 * edit-and-test loop, so the full sweep is its own layer (docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowserOnSite } from './browser.ts';
import { forEachPage } from './page-pool.ts';
import { paintedPixels } from './canvas.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The browser and server of the test file that called sweepPages (filled in by its beforeAll hook). */
let site: ReturnType<typeof useBrowserOnSite>;

/** The 404 page is served with status 404 at any unknown URL; its own file is fetched to check it loads cleanly. */
const urlOf = (path: string) => site.origin + (path === '/404/' ? '/404.html' : path);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose result depends on colours, the only thing the dark scheme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe on the page as it is now: only violations are collected (passes are never read, and cost time). */
async function axe(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<AxeViolation[]> {
  return page.evaluate(
    async (options) =>
      (await (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, options))
        .violations,
    { runOnly, resultTypes: ['violations'] },
  );
}

const describeViolations = (path: string, at: string, violations: AxeViolation[]) =>
  violations.map(
    (violation) =>
      `${path} [${at}] ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`,
  );

/** Sideways scrolling and cut-off tables at the current width (the page's own script-free layout). */
const cutOff = (page: Page, viewport: number) =>
  page.evaluate((viewport) => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > viewport) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const table of document.querySelectorAll('table')) {
      const box = table.closest<HTMLElement>('.table-scroll');
      const name = table.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? '(table)';
      if (!box) {
        if (table.getBoundingClientRect().right > viewport) found.push(`${name}: cut off, not in a scroll box`);
        continue;
      }
      if (box.getBoundingClientRect().right > viewport + 0.5) found.push(`${name}: scroll box wider than the screen`);
      if (box.scrollWidth <= box.clientWidth) continue;
      const style = getComputedStyle(box);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') found.push(`${name}: overflows without scrolling`);
      if (box.getAttribute('role') !== 'region' || !(box.getAttribute('aria-label') || box.getAttribute('aria-labelledby')) || box.tabIndex !== 0)
        found.push(`${name}: scroll box is not a labelled, focusable region`);
      if (!style.backgroundImage.includes('gradient')) found.push(`${name}: no visible scroll cue`);
    }
    return found.map((problem) => `${viewport}px ${problem}`);
  }, viewport);

interface Findings {
  problems: string[];
  tables: number;
  charts: number;
  /** The site header's height in px at each width of HEADER_WIDTHS. */
  header: Record<number, number>;
}

/** Widths at which the header's height is read: desk, the narrowest desk layout, phones. */
export const HEADER_WIDTHS = [1280, 1024, 390, 320] as const;
const headerHeight = (page: Page) => page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0);

/**
 * How much to check on a page. `all`: every check above. `language`: for a page of a second edition whose page type
 * the first edition's sample already took through `all`, the checks whose outcome its language can change: the clean
 * load, axe at 1280 px in light (lang attributes, accessible names in that language), nothing cut off at 390 and
 * 320 px (text widths and line breaking), every chart painted; not the dark scheme's colour rules (a language
 * changes no colour: the Chinese stylesheet sets none, tests/build/languages.test.ts) nor axe again at 320 px (the
 * page type's layout rules). Every page of every edition gets `all` in tests/pages/every-page.test.ts.
 */
export type SweepDepth = 'all' | 'language';

/** The checks of `depth` on one page, from one load. */
async function checkPage(page: Page, path: string, depth: SweepDepth): Promise<Findings> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => void (message.type() === 'error' && problems.push(`${path}: console error: ${message.text()}`));
  const onError = (error: Error) => void problems.push(`${path}: ${error.message}`);
  const onRequest = (request: Request) =>
    void (!request.url().startsWith(site.origin) && !request.url().startsWith('data:') && problems.push(`${path}: request to ${request.url()}`));
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(urlOf(path), { waitUntil: 'load' });
    if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
    problems.push(...describeViolations(path, '1280px light', await axe(page, { type: 'tag', values: TAGS })));
    const header: Record<number, number> = { 1280: await headerHeight(page) };
    await page.setViewportSize({ width: 1024, height: 900 });
    header[1024] = await headerHeight(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    if (depth === 'all') {
      await page.emulateMedia({ colorScheme: 'dark' });
      problems.push(...describeViolations(path, '1280px dark', await axe(page, { type: 'rule', values: COLOUR_RULES })));
      await page.emulateMedia({ colorScheme: 'light' });
    }
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      problems.push(...(await cutOff(page, width)).map((problem) => `${path}: ${problem}`));
      header[width] = await headerHeight(page);
    }
    if (depth === 'all') problems.push(...describeViolations(path, '320px light', await axe(page, { type: 'tag', values: TAGS })));
    const charts = await page.locator('canvas').count();
    if (charts > 0) {
      // Charts draw when they near the viewport; this draws them all at once, as printing does.
      await page.evaluate(() => (window as unknown as { esgDrawCharts: () => Promise<void> }).esgDrawCharts());
      const pixels = await paintedPixels(page);
      if (pixels.length !== charts) problems.push(`${path}: ${pixels.length} charts painted, expected ${charts}`);
      pixels.forEach((count, index) => count <= 500 && problems.push(`${path}: chart ${index + 1} has only ${count} painted pixels`));
    }
    return { problems, tables: await page.locator('table').count(), charts, header };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
  }
}

/** What a sweep saw: the pages visited, and those with a table and with a chart. */
export interface Sweep {
  visited: string[];
  withTables: string[];
  withCharts: string[];
  /** Width → header height → the pages whose header had that height (one height per width is one header). */
  headerHeights: Record<number, Record<number, string[]>>;
}

/**
 * Registers the checks of `depth` on `paths` as tests, in slices of 25 pages (each slice its own test, so one timeout covers
 * a bounded amount of work), and returns what they saw, filled in as the tests run (read it in a later test).
 * Must be called inside a test file (it registers tests and the browser's hooks).
 */
export function sweepPages(paths: readonly string[], depth: SweepDepth = 'all'): Sweep {
  const SLICE = 25;
  const slices = Array.from({ length: Math.ceil(paths.length / SLICE) }, (_, index) => paths.slice(index * SLICE, (index + 1) * SLICE));
  site = useBrowserOnSite();
  const sweep: Sweep = { visited: [], withTables: [], withCharts: [], headerHeights: Object.fromEntries(HEADER_WIDTHS.map((width) => [width, {}])) };
  for (const slice of slices)
    it(`${slice[0]} … ${slice.at(-1)}`, async () => {
      const found = await forEachPage(site.browser, slice, {}, (page, path) => checkPage(page, path, depth), undefined, axeSource);
      sweep.visited.push(...slice);
      sweep.withTables.push(...slice.filter((_, index) => found[index]!.tables > 0));
      sweep.withCharts.push(...slice.filter((_, index) => found[index]!.charts > 0));
      slice.forEach((path, index) => {
        for (const width of HEADER_WIDTHS) (sweep.headerHeights[width]![found[index]!.header[width]!] ??= []).push(path);
      });
      expect(found.flatMap((page) => page.problems)).toEqual([]);
    });
  return sweep;
}

/**
 * The distinct header heights of a sweep's pages, per group of pages (`groupOf`, e.g. the edition) and width:
 * `{ "": { 1280: [104], 390: [57] } }` when every page of the group has one header.
 */
export function headerHeightsBy(sweep: Sweep, groupOf: (path: string) => string): Record<string, Record<number, number[]>> {
  const heights: Record<string, Record<number, number[]>> = {};
  for (const width of HEADER_WIDTHS)
    for (const [height, pages] of Object.entries(sweep.headerHeights[width]!))
      for (const group of new Set(pages.map(groupOf))) {
        const list = ((heights[group] ??= {})[width] ??= []);
        if (!list.includes(Number(height))) list.push(Number(height));
      }
  return heights;
}
