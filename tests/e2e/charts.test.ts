/**
 * Charts in a real Chromium: every chart on every page paints, with no console error; chart.js loads only
 * when a chart comes near; print draws them all; the PNG download is a real image; without JavaScript the
 * data is still there as a table.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { forEachPage } from '../support/page-pool.ts';
import { elements, readSite } from '../support/site.ts';

const chartPages = readSite()
  .filter((page) => elements(page, 'canvas').length > 0)
  .map((page) => ({ path: page.path, charts: elements(page, 'canvas').length }));

const site = useBrowserOnSite();

/** Non-white pixels of each canvas on the page. */
const paintedPixels = (page: Page) =>
  page.$$eval('canvas[data-chart]', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let index = 0; index < data.length; index += 4) if (data[index]! < 250 || data[index + 1]! < 250 || data[index + 2]! < 250) painted++;
      return painted;
    }),
  );

describe('charts in Chromium', () => {
  it('paints every chart on every page, with no console error', async () => {
    expect(chartPages.length).toBeGreaterThan(60);
    const found = await forEachPage(site.browser, chartPages.map((item) => item.path), {}, async (page, path) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => void (message.type() === 'error' && problems.push(`${path}: ${message.text()}`));
      const onError = (error: Error) => problems.push(`${path}: ${error.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      await page.goto(site.origin + path);
      await page.evaluate(() => (window as unknown as { esgDrawCharts: () => Promise<void> }).esgDrawCharts());
      const pixels = await paintedPixels(page);
      page.off('console', onConsole);
      page.off('pageerror', onError);
      const charts = chartPages.find((item) => item.path === path)!.charts;
      if (pixels.length !== charts) problems.push(`${path}: ${pixels.length} charts painted, expected ${charts}`);
      pixels.forEach((count, index) => count <= 500 && problems.push(`${path}: chart ${index + 1} has only ${count} painted pixels`));
      return problems;
    });
    expect(found.flat()).toEqual([]);
  });

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
    const indicatorPages = chartPages.map((item) => item.path).filter((path) => path.startsWith('/indicators/'));
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
