/**
 * WCAG 2.2 AA checks that can be automated (axe-core) on every page, in Chromium, at desktop and phone widths,
 * in the light and the dark colour scheme (contrast is checked against each theme's colours).
 * axe is evaluated through the DevTools protocol, so the pages' strict CSP stays on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { forEachPage } from '../support/page-pool.ts';
import { readSite } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = readSite().map((page) => page.path);
const site = useBrowserOnSite();

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe on some pages at one width, in each colour scheme asked for (one page load, the scheme switched in place). */
async function violations(pagePaths: string[], width: number, colorSchemes: ('light' | 'dark')[] = ['light']): Promise<string[]> {
  const found = await forEachPage(site.browser, pagePaths, { viewport: { width, height: 900 } }, async (page, path) => {
    await page.emulateMedia({ colorScheme: colorSchemes[0] });
    await page.goto(site.origin + path);
    await page.evaluate(axeSource);
    const messages: string[] = [];
    for (const colorScheme of colorSchemes) {
      await page.emulateMedia({ colorScheme });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        }),
      );
      for (const violation of result.violations)
        messages.push(
          `${path} [${width}px ${colorScheme}] ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`,
        );
    }
    return messages;
  });
  return found.flat();
}

/** Pages in slices of 25: each slice is its own test, so one timeout covers a bounded amount of work. */
const SLICE = 25;
const slices = Array.from({ length: Math.ceil(paths.length / SLICE) }, (_, index) => paths.slice(index * SLICE, (index + 1) * SLICE));

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  it('covers every page', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(slices.flat()).toEqual(paths);
  });

  // Desktop width in both colour schemes (dark mode contrast); 320 px in the light scheme (layout).
  for (const [width, schemes] of [[1280, ['light', 'dark']], [320, ['light']]] as const)
    for (const slice of slices)
      it(`finds no violation at ${width} px (${schemes.join(' and ')}) on ${slice[0]} … ${slice.at(-1)}`, async () => {
        expect(await violations(slice, width, [...schemes])).toEqual([]);
      });
});
