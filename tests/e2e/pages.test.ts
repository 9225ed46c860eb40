/**
 * Every page in a real Chromium: loads without a console error (a CSP violation is one), asks no other origin
 * for anything, and fits a 320 px wide screen without scrolling sideways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { forEachPage } from '../support/page-pool.ts';
import { ROOT, readSite } from '../support/site.ts';

const paths = readSite().map((page) => page.path).filter((path) => path !== '/404/');

const site = useBrowserOnSite();

describe('every page in Chromium', () => {
  it('loads with no console error and no request to another origin', async () => {
    const found = await forEachPage(site.browser, paths, {}, async (page, path) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`);
      };
      const onError = (error: Error) => problems.push(`${path}: ${error.message}`);
      const onRequest = (request: Request) => {
        if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`${path}: request to ${request.url()}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', onError);
      page.on('request', onRequest);
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
      return problems;
    });
    expect(found.flat()).toEqual([]);
  });

  it('fits 320 px without horizontal scrolling of the page', async () => {
    const widths = await forEachPage(site.browser, paths, { viewport: { width: 320, height: 640 } }, async (page, path) => {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      return width > 320 ? [`${path}: ${width}px`] : [];
    });
    expect(widths.flat()).toEqual([]);
  });

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
