/**
 * An indicator page without JavaScript: its values table is visible with numbers in it, and the chart's PNG
 * button (which needs the drawn chart) is hidden. Used on a sample by tests/e2e/charts.test.ts (`npm test`) and on
 * every indicator page by tests/pages/no-script.test.ts (`npm run test:all`).
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { forEachPage } from './page-pool.ts';
import { htmlFile, sitePaths } from './site.ts';

/** Indicator pages of dist/ that draw a chart (a canvas in the built HTML), both editions. */
export const chartedIndicatorPages = (): string[] =>
  sitePaths().filter((path) => /^(?:\/zh-hk)?\/indicators\/[^/]+\/$/.test(path) && /<canvas\b/.test(readFileSync(htmlFile(path), 'utf8')));

/** The problems found on `paths` loaded with JavaScript off ("" on none): "path: what is wrong" each. */
export async function problemsWithoutScript(browser: Browser, origin: string, paths: readonly string[]): Promise<string[]> {
  const found = await forEachPage(browser, paths, { javaScriptEnabled: false }, async (page, path) => {
    await page.goto(origin + path);
    return [
      (await page.locator('table.indicator-values').isVisible()) ? '' : `${path}: values table hidden`,
      (await page.locator('table.indicator-values td.number').count()) > 0 ? '' : `${path}: no number in the values table`,
      (await page.locator('button[data-chart-png]').first().isVisible()) ? `${path}: PNG button visible without JavaScript` : '',
    ].filter(Boolean);
  });
  return found.flat();
}
