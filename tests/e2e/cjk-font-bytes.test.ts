/**
 * How many bytes of font a Chinese page makes Chromium download, on a machine that may have no Chinese font: the
 * Noto Sans HK files (src/lib/cjk-font.ts) that /zh-hk/ fetches, counted from the Resource Timing entries of the
 * woff2 files (encoded body bytes, as sent). An upper bound from measurement: /zh-hk/ fetched 225,796 B, the
 * edition's ~700 characters (full-width punctuation included) in two weights, 111,704 + 114,092 B, in exactly two
 * files (Chromium 147, 2026-11-30). So a change that fetches more (a third weight, a file that is no longer cut,
 * the whole @fontsource set) or splits the font into more requests (the punctuation slices it once needed: four
 * more files, 3,876 B) fails here; a change that cuts the font per page should lower the bound to its own figure.
 * English pages fetch no font at all. Bytes, not time.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';

const site = useBrowserOnSite();

/** The font files a page fetched once its fonts are ready, with their encoded (transferred body) sizes. */
async function fontsOf(path: string): Promise<{ name: string; bytes: number }[]> {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => /\.woff2$/.test(new URL(entry.name).pathname))
        .map((entry) => ({ name: new URL(entry.name).pathname, bytes: entry.encodedBodySize })),
    );
  } finally {
    await page.close();
  }
}

describe('the font bytes a page downloads', () => {
  it('stay under 230,000 B on the Chinese home page, in two files: both weights of the cut Noto Sans HK', async () => {
    const fonts = await fontsOf('/zh-hk/');
    const bytes = fonts.reduce((sum, font) => sum + font.bytes, 0);
    expect(fonts.map((font) => font.name).sort()).toEqual(['/fonts/noto-sans-hk-400.woff2', '/fonts/noto-sans-hk-700.woff2']);
    expect(fonts.every((font) => font.bytes > 0), JSON.stringify(fonts)).toBe(true);
    expect(bytes, JSON.stringify(fonts)).toBeLessThan(230_000);
  });

  it('are none on the English home page', async () => {
    expect(await fontsOf('/')).toEqual([]);
  });
});
