/**
 * /print/ in Chromium as the PDF build prepares it: every chart has drawn (and painted) before printing; the
 * page numbers are only in the PDF, never on screen. (Printing it again: tests/reports/pdf-step.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPrintPage } from '../../src/publish/pdf.ts';
import { paths } from '../../src/lib/paths.ts';
import { useBrowserOnSite } from '../support/browser.ts';
import { elements, readSite, ROOT } from '../support/site.ts';

const site = useBrowserOnSite();
const printPage = readSite().find((page) => page.path === paths.print())!;

describe('/print/ in Chromium', () => {
  it('has drawn every chart before the PDF is made', async () => {
    const charts = elements(printPage, 'canvas[data-chart]').length;
    // Every <Chart> of the report's MDX is on /print/.
    const inMdx = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .reduce((count, file) => count + (readFileSync(join(ROOT, 'content', file), 'utf8').match(/<Chart\b/g) ?? []).length, 0);
    expect(inMdx).toBeGreaterThan(0);
    expect(charts).toBe(inMdx);
    const page = await openPrintPage(site.browser, site.origin, undefined);
    const painted = await page.$$eval('canvas[data-chart]', (canvases) =>
      (canvases as HTMLCanvasElement[]).map((canvas) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let index = 0; index < data.length; index += 4) if (data[index]! < 250 || data[index + 1]! < 250 || data[index + 2]! < 250) count++;
        return { drawn: canvas.dataset.chartDrawn === 'true', count };
      }),
    );
    expect(painted).toHaveLength(charts);
    for (const chart of painted) {
      expect(chart.drawn).toBe(true);
      expect(chart.count).toBeGreaterThan(500);
    }
    await page.close();
  });

  it('shows no page numbers on screen (they are written only into the PDF)', async () => {
    expect(elements(printPage, '[data-pdf-page]').every((slot) => slot.children.length === 0)).toBe(true);
    const page = await site.browser.newPage();
    await page.goto(site.origin + paths.print());
    expect(await page.locator('[data-pdf-page]').first().isVisible()).toBe(false);
    await page.close();
  });
});
