/**
 * The two editions in Chromium: on a page of every type the language switcher (a plain link) lands on the same
 * page in the other language and back; the Chinese pages draw their Han characters in the self-hosted Noto Sans
 * HK. (The Chinese search: tests/e2e/search-zh.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadedFaces, useBrowserOnSite } from '../support/browser.ts';
import { forEachPage } from '../support/page-pool.ts';

const site = useBrowserOnSite();

/** One page of every page type (bench/page-types.ts), English paths. */
const PAGE_TYPES = [
  '/',
  '/about-this-report/',
  '/be-proud-of-being-green/emission-management/',
  '/indicators/',
  '/indicators/ghg-total/',
  '/statistics/',
  '/hkex-esg-guide/',
  '/hkex-esg-guide/a1-2/',
  '/data/',
  '/data-quality/',
  '/search/',
  '/print/',
];

/** Click the switcher and wait for the page it leads to. */
async function switchLanguage(page: Page): Promise<{ path: string; lang: string | null }> {
  const from = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== from), page.click('.language-switcher a')]);
  return { path: new URL(page.url()).pathname, lang: await page.getAttribute('html', 'lang') };
}

describe('the language switcher', () => {
  it('lands on the same page in the other language, and back, on every page type', async () => {
    const found = await forEachPage(site.browser, PAGE_TYPES, { viewport: { width: 1280, height: 800 } }, async (page, path) => {
      await page.goto(site.origin + path);
      const there = await switchLanguage(page);
      const back = await switchLanguage(page);
      return [{ path, there, back }];
    });
    expect(found.flat()).toEqual(
      PAGE_TYPES.map((path) => ({ path, there: { path: `/zh-hk${path}`, lang: 'zh-HK' }, back: { path, lang: 'en' } })),
    );
  });

  it('is reachable on a phone (320 px) and leads from the 404 page to the other edition’s home', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.origin}/zh-hk/statistics/`);
    expect(await page.isVisible('.language-switcher a')).toBe(true);
    expect(await switchLanguage(page)).toEqual({ path: '/statistics/', lang: 'en' });
    await page.goto(`${site.origin}/zh-hk/404/`);
    expect(await switchLanguage(page)).toEqual({ path: '/', lang: 'en' });
    await page.close();
  });
});

describe('the Chinese edition', () => {
  it('draws Han characters in the self-hosted Noto Sans HK, bold without synthesis', async () => {
    const page = await site.browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}/zh-hk/`, { waitUntil: 'load' });
    // Both weights of the site's own Noto Sans HK loaded.
    expect(await loadedFaces(page)).toEqual(['Noto Sans HK 400', 'Noto Sans HK 700']);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSynthesis)).toContain('none');
    expect(fonts.length).toBeGreaterThan(0);
    // The cover's own cut of the font (src/publish/cover-font.ts).
    for (const font of fonts) expect(font).toMatch(/^\/fonts\/noto-sans-hk-cover-zh-hk-(400|700)\.woff2$/);
    // English pages ask for no font file at all.
    fonts.length = 0;
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    expect(fonts).toEqual([]);
    await page.close();
  });
});
