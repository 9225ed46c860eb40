/**
 * WCAG 2.2 AA checks that can be automated (axe-core) on every page, in Chromium, at desktop and phone widths.
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

async function violations(width: number): Promise<string[]> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(site.origin + path);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    );
    for (const violation of result.violations)
      found.push(`${path} [${width}px] ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  }
  await page.close();
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  // Over 150 pages, /print/ (the whole report) among them, twice: minutes on a busy two-core machine.
  it('finds no violation on any page at desktop width', { timeout: 480_000 }, async () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(await violations(1280)).toEqual([]);
  });

  it('finds no violation on any page at 320 px', { timeout: 480_000 }, async () => {
    expect(await violations(320)).toEqual([]);
  });
});
