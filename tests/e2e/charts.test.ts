/**
 * Charts in a real Chromium: chart.js loads only when a chart comes near; print draws them all; the PNG download
 * is a real image; without JavaScript the data is still there as a table. (Every chart on every page paints, with
 * no console error: every-page.test.ts, on the same load as the other per-page checks.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { forEachPage } from '../support/page-pool.ts';
import { htmlFile, sitePaths } from '../support/site.ts';
import { paintedPixels } from '../support/canvas.ts';

/** Pages that draw a chart (a canvas in the built HTML). */
const chartPages = sitePaths().filter((path) => /<canvas\b/.test(readFileSync(htmlFile(path), 'utf8')));

const site = useBrowserOnSite();

describe('charts in Chromium', () => {
  it('loads chart.js only when a chart comes near the viewport', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 500 } });
    const loaded: string[] = [];
    page.on('request', (request) => /chart-render/.test(request.url()) && loaded.push(request.url()));
    await page.goto(site.origin + '/people-oriented/');
    await page.waitForTimeout(300);
    expect(loaded).toEqual([]);
    await page.locator('canvas').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('canvas[data-chart-drawn]');
    expect(loaded).toHaveLength(1);
    await page.close();
  });

  it('draws every chart for print, even those never scrolled to', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 400 } });
    await page.goto(site.origin + '/indicators/employees-total/');
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((canvas) => canvas.dataset.chartDrawn === 'true'));
    const pixels = await paintedPixels(page);
    expect(pixels.length).toBeGreaterThan(1);
    for (const count of pixels) expect(count).toBeGreaterThan(500);
    await page.close();
  });

  it('downloads the drawn chart as a PNG image', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.origin + '/indicators/ghg-total/');
    await page.locator('canvas').first().scrollIntoViewIfNeeded();
    const button = page.locator('button[data-chart-png]').first();
    await button.waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('ghg-total.png');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.length).toBeGreaterThan(2000);
    await context.close();
  });

  it('shows every indicator page’s values table without JavaScript, and hides the PNG button', async () => {
    const indicatorPages = chartPages.filter((path) => path.startsWith('/indicators/'));
    const found = await forEachPage(site.browser, indicatorPages, { javaScriptEnabled: false }, async (page, path) => {
      await page.goto(site.origin + path);
      return [
        (await page.locator('table.indicator-values').isVisible()) ? '' : `${path}: values table hidden`,
        (await page.locator('table.indicator-values td.number').count()) > 0 ? '' : `${path}: no number in the values table`,
        (await page.locator('button[data-chart-png]').first().isVisible()) ? `${path}: PNG button visible without JavaScript` : '',
      ].filter(Boolean);
    });
    expect(indicatorPages.length).toBeGreaterThan(50);
    expect(found.flat()).toEqual([]);
  });
});
