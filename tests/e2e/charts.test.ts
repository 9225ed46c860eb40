/**
 * Charts in a real Chromium: chart.js loads only when a chart comes near; print draws them all; the PNG download
 * is a real image; without JavaScript the data is still there as a table. (Every chart on every page paints, with
 * no console error: every-page.test.ts, on the same load as the other per-page checks.)
 */
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { paintedPixels } from '../support/canvas.ts';
import { chartedIndicatorPages, problemsWithoutScript } from '../support/no-script.ts';

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

  it('shows an indicator page’s values table without JavaScript, and hides the PNG button, in each edition', async () => {
    // The first and last charted indicator page of each edition; every one: tests/pages/no-script.test.ts.
    const paths = chartedIndicatorPages();
    const sample = ['/indicators/', '/zh-hk/indicators/'].flatMap((index) => {
      const edition = paths.filter((path) => path.startsWith(index));
      return [edition[0]!, edition.at(-1)!];
    });
    expect(sample).toHaveLength(4);
    expect(await problemsWithoutScript(site.browser, site.origin, sample)).toEqual([]);
  });
});
