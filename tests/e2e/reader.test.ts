/**
 * The reader's way around, in Chromium: search (from /search/?q=… and from the header box), the phone
 * menu with JavaScript off, the brand colour of data/report.json in force. (Every page loading cleanly, axe, tables
 * never cut off on a phone and one header height: the per-page sweep, tests/support/page-sweep.ts, one load a page.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnSite } from '../support/browser.ts';
import { ROOT } from '../support/site.ts';

const site = useBrowserOnSite();

/** The result URLs of a search, in order, once the status line reports them. */
async function searchResults(page: Page, query: string): Promise<{ urls: string[]; types: string[]; status: string }> {
  await page.goto(`${site.origin}/search/?${query}`);
  await page.waitForFunction(() => /result|No page/.test(document.querySelector('.search-status')?.textContent ?? ''));
  return {
    urls: await page.$$eval('.search-result > a', (links) => links.map((link) => link.getAttribute('href')!)),
    types: await page.$$eval('.search-result-type', (labels) => labels.map((label) => label.textContent!)),
    status: (await page.textContent('.search-status'))!,
  };
}

describe('search', () => {
  it('finds the greenhouse gas text, its heading and the GHG indicators for "greenhouse"', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const { urls } = await searchResults(page, 'q=greenhouse');
    expect(urls).toEqual(expect.arrayContaining(['/be-proud-of-being-green/emission-management/', '/indicators/ghg-total/', '/indicators/ghg-scope-1/', '/hkex-esg-guide/a1-2/']));
    // The section's matching heading is offered as its own link.
    expect(await page.$$eval('.search-result ul a', (links) => links.map((link) => link.getAttribute('href')))).toContain(
      '/be-proud-of-being-green/emission-management/#greenhouse-gas-emissions',
    );
    // Pagefind's WebAssembly runs under this page's CSP without a violation.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the turnover rate and its breakdowns for "turnover", and the indicator first by its name', async () => {
    const page = await site.browser.newPage();
    const { urls } = await searchResults(page, 'q=turnover');
    expect(urls).toEqual(expect.arrayContaining(['/indicators/turnover-rate/', '/indicators/turnover-female/']));
    expect((await searchResults(page, 'q=Employee+turnover+rate')).urls[0]).toBe('/indicators/turnover-rate/');
    await page.close();
  });

  it('finds the provision page first for "B1.1"', async () => {
    const page = await site.browser.newPage();
    expect((await searchResults(page, 'q=B1.1')).urls[0]).toBe('/hkex-esg-guide/b1-1/');
    await page.close();
  });

  it('filters by page type and by pillar', async () => {
    const page = await site.browser.newPage();
    const indicators = await searchResults(page, 'q=greenhouse&type=Indicator');
    expect(indicators.urls.length).toBeGreaterThan(2);
    expect(new Set(indicators.types)).toEqual(new Set(['Indicator']));
    expect(await page.inputValue('select[name="type"]')).toBe('Indicator');
    const social = await searchResults(page, 'q=emissions&pillar=Social');
    expect(social.urls).not.toContain('/indicators/ghg-total/');
    await page.close();
  });

  it('runs from the header box of a text page, which itself loads no script', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (request) => ['script', 'fetch'].includes(request.resourceType()) && scripts.push(request.url()));
    await page.goto(`${site.origin}/company-overview/`);
    expect(scripts).toEqual([]);
    await page.fill('#header-search', 'greenhouse');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=greenhouse/);
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-query')).toBe('greenhouse');
    await page.close();
  });
});

describe('navigation', () => {
  it('opens the phone menu and follows a chapter link with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/be-proud-of-being-green/emission-management/`);
    const link = page.locator('.site-menu-panel a', { hasText: 'People-oriented' });
    expect(await link.isVisible()).toBe(false);
    await page.click('.site-menu > summary');
    expect(await link.isVisible()).toBe(true);
    // The current page is marked in the menu.
    expect(await page.locator('.site-menu-panel [aria-current="page"]').first().textContent()).toContain('Emission management');
    await link.click();
    await page.waitForURL(`${site.origin}/people-oriented/`);
    await context.close();
  });

  it('marks the current page in the wide-screen sidebar', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/be-proud-of-being-green/emission-management/`);
    expect(await page.isVisible('.sidebar')).toBe(true);
    expect((await page.textContent('.sidebar [aria-current="page"]'))?.trim()).toBe('Emission management');
    await page.close();
  });

  // On a 390 px phone, the long title of this indicator wrapped away from its "›", which stood alone on a line.
  it('keeps each breadcrumb separator on the line of its item at 390 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.origin}/indicators/corruption-cases-concluded/`);
    const gaps = await page.$$eval('.breadcrumbs li', (items) =>
      items.map((item) => Math.round(item.querySelector('a')!.getBoundingClientRect().top - item.getBoundingClientRect().top)),
    );
    expect(gaps).toEqual([0, 0, 0]);
    await page.close();
  });
});

describe('the theme', () => {
  it('applies the brand colour from data/report.json and the stylesheet under the CSP', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + '/');
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('.site-issuer')!).color);
    const hex = JSON.parse(readFileSync(join(ROOT, 'data', 'report.json'), 'utf8')).brandColour as string;
    const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
    expect(colour).toBe(`rgb(${red}, ${green}, ${blue})`);
    await page.close();
  });
});
