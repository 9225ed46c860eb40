/**
 * How many bytes of font a Chinese page makes Chromium download, on a machine that may have no Chinese font, and
 * that every Chinese character it prints is drawn from them. Counted from the Resource Timing entries of the woff2
 * files (encoded body bytes, as sent). Upper bounds from measurement (Chromium 147, 2026-11-30):
 * - the cover, /zh-hk/, fetches its own cut (src/publish/cover-font.ts): 308 characters in two weights,
 *   49,588 + 50,516 = 100,104 B, in exactly two files;
 * - every other Chinese page fetches the edition's cut: ~700 characters (full-width punctuation included) in two
 *   weights, 111,704 + 114,092 = 225,796 B, in exactly two files.
 * So a change that fetches more (a third weight, a file that is no longer cut, the whole @fontsource set), gives the
 * cover the edition's cut again, or splits the font into more requests (the punctuation slices it once needed: four
 * more files) fails here. English pages fetch no font at all. Bytes, not time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';

const site = useBrowserOnSite();

/** The font files a page fetched once its fonts are ready, with their encoded (transferred body) sizes. */
async function fontsOf(page: Page): Promise<{ name: string; bytes: number }[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => /\.woff2$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ name: new URL(entry.name).pathname, bytes: entry.encodedBodySize })),
  );
}

/**
 * Elements whose own text has a Chinese character that Chromium draws in another face than the page's Noto Sans
 * HK (CDP CSS.getPlatformFontsForNode: the faces that drew each element's text, with their glyph counts): a
 * character missing from the cut, in the weight it prints in, falls back to the machine's font or a missing glyph.
 */
async function notDrawnInNotoSansHk(page: Page): Promise<string[]> {
  // The site menu opened, so its chapter titles are drawn and checked too.
  await page.locator('details.site-menu').evaluate((menu) => menu.setAttribute('open', ''));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { nodes } = await cdp.send('DOM.getFlattenedDocument', { depth: -1 });
  const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
  const ownText = new Map<number, string>();
  for (const node of nodes) {
    if (node.nodeType !== 3 || node.parentId === undefined) continue;
    ownText.set(node.parentId, (ownText.get(node.parentId) ?? '') + node.nodeValue);
  }
  const failures: string[] = [];
  for (const [nodeId, text] of ownText) {
    const characters = text.match(cjk)?.length ?? 0;
    if (characters === 0) continue;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) continue; // not drawn: hidden
    const drawn = fonts.filter((font) => font.isCustomFont && font.familyName === 'Noto Sans HK').reduce((sum, font) => sum + font.glyphCount, 0);
    if (drawn < characters) failures.push(`${text.trim()}: ${characters} Chinese characters, ${drawn} glyphs from Noto Sans HK (${JSON.stringify(fonts)})`);
  }
  await cdp.detach();
  return failures;
}

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return page;
}

describe('the font bytes a page downloads', () => {
  it('are the cover\'s own cut on the Chinese home page: under 105,000 B in two files, drawing every Chinese character', async () => {
    const page = await open('/zh-hk/');
    const fonts = await fontsOf(page);
    expect(fonts.map((font) => font.name).sort()).toEqual(['/fonts/noto-sans-hk-cover-zh-hk-400.woff2', '/fonts/noto-sans-hk-cover-zh-hk-700.woff2']);
    expect(fonts.every((font) => font.bytes > 0), JSON.stringify(fonts)).toBe(true);
    expect(fonts.reduce((sum, font) => sum + font.bytes, 0), JSON.stringify(fonts)).toBeLessThan(105_000);
    expect(await notDrawnInNotoSansHk(page)).toEqual([]);
    await page.close();
  });

  it('are the edition\'s cut on every other Chinese page: under 230,000 B in two files, drawing every Chinese character', async () => {
    const page = await open('/zh-hk/about-this-report/');
    const fonts = await fontsOf(page);
    expect(fonts.map((font) => font.name).sort()).toEqual(['/fonts/noto-sans-hk-400.woff2', '/fonts/noto-sans-hk-700.woff2']);
    expect(fonts.reduce((sum, font) => sum + font.bytes, 0), JSON.stringify(fonts)).toBeLessThan(230_000);
    expect(await notDrawnInNotoSansHk(page)).toEqual([]);
    await page.close();
  });

  it('are none on the English home page', async () => {
    const page = await open('/');
    expect(await fontsOf(page)).toEqual([]);
    await page.close();
  });
});
