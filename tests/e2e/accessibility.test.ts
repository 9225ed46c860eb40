/**
 * WCAG 2.2 AA checks that can be automated (axe-core) on every page, in Chromium, at desktop and phone widths,
 * in the light and the dark colour scheme (contrast is checked against each theme's colours).
 * axe is evaluated through the DevTools protocol, so the pages' strict CSP stays on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { readSite } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = readSite().map((page) => page.path);
const site = useBrowserOnSite();

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe on every page at one width, in each colour scheme asked for (one page load, the scheme switched in place). */
async function violations(width: number, colorSchemes: ('light' | 'dark')[] = ['light']): Promise<string[]> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const found: string[] = [];
  for (const path of paths) {
    await page.emulateMedia({ colorScheme: colorSchemes[0] });
    await page.goto(site.origin + path);
    await page.evaluate(axeSource);
    for (const colorScheme of colorSchemes) {
      await page.emulateMedia({ colorScheme });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        }),
      );
      for (const violation of result.violations)
        found.push(`${path} [${width}px ${colorScheme}] ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  await page.close();
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  // About 150 pages, two schemes per page load: allow for a busy machine (on two shared cores a pass took 5 min).
  it('finds no violation on any page at desktop width, in the light and the dark colour scheme', { timeout: 600_000 }, async () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(await violations(1280, ['light', 'dark'])).toEqual([]);
  });

  it('finds no violation on any page at 320 px', { timeout: 600_000 }, async () => {
    expect(await violations(320)).toEqual([]);
  });
});
