/**
 * One search index per language, in Chromium: Pagefind splits the pages by `<html lang>`, and the Chinese search
 * page loads the zh-hk index only. Chinese queries work because the npm package runs Pagefind's extended binary,
 * which segments Chinese text into words when indexing (the client segments the query with Intl.Segmenter).
 * The English index and search are unchanged: no Chinese page in it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnSite } from '../support/browser.ts';
import { DIST, elements, readSite } from '../support/site.ts';
import { indexedLanguages } from '../../src/search-index.ts';
import { join } from 'node:path';

const site = useBrowserOnSite();

/** The result URLs of a search on one language's search page, once its status line has reported them. */
async function searchResults(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(`${site.origin}${path}?q=${encodeURIComponent(query)}`);
  // Done when the status line says something other than "searching…" (results, none, or a failure).
  await page.waitForFunction(() => {
    const form = document.querySelector<HTMLFormElement>('form[data-search-bundle]')!;
    const loading = (JSON.parse(form.dataset.messages!) as Record<string, string>)['search.loading'];
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && status !== loading;
  });
  return page.$$eval('.search-result > a', (links) => links.map((link) => link.getAttribute('href')!));
}

describe('the search index per language', () => {
  it('holds every English page in the English index and every Chinese page in the zh-hk index', () => {
    const pages = readSite();
    const indexed = (prefix: boolean) =>
      pages.filter((page) => page.path.startsWith('/zh-hk/') === prefix && elements(page, '[data-pagefind-body]').length > 0).length;
    expect(indexedLanguages(join(DIST, 'pagefind'))).toEqual({ en: indexed(false), 'zh-hk': indexed(true) });
    expect(indexed(true)).toBeGreaterThan(100);
  });

  it('finds the Chinese pages about greenhouse gases for 溫室氣體 on /zh-hk/search/, and only Chinese pages', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const urls = await searchResults(page, '/zh-hk/search/', '溫室氣體');
    expect(urls).toEqual(expect.arrayContaining(['/zh-hk/indicators/ghg-total/', '/zh-hk/indicators/ghg-scope-1/', '/zh-hk/indicators/ghg-scope-2/', '/zh-hk/hkex-esg-guide/a1-2/']));
    expect(urls.filter((url) => !url.startsWith('/zh-hk/'))).toEqual([]);
    // A word inside a longer run of Han characters is found too: 排放 in 排放管理, 溫室氣體排放總量 …
    const emissions = await searchResults(page, '/zh-hk/search/', '排放');
    expect(emissions).toEqual(expect.arrayContaining(['/zh-hk/be-proud-of-being-green/emission-management/', '/zh-hk/indicators/ghg-total/']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the English search English: the same pages for "greenhouse", nothing for a Chinese query', async () => {
    const page = await site.browser.newPage();
    const urls = await searchResults(page, '/search/', 'greenhouse');
    expect(urls).toEqual(expect.arrayContaining(['/be-proud-of-being-green/emission-management/', '/indicators/ghg-total/', '/hkex-esg-guide/a1-2/']));
    expect(urls.filter((url) => url.startsWith('/zh-hk/'))).toEqual([]);
    expect(await searchResults(page, '/search/', '溫室氣體')).toEqual([]);
    await page.close();
  });
});
