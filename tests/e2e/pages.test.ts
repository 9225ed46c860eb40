/**
 * Every page in a real Chromium: loads without a console error (a CSP violation is one), asks no other origin
 * for anything, and fits a 320 px wide screen without scrolling sideways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { ROOT, readSite } from '../support/site.ts';

const paths = readSite().map((page) => page.path).filter((path) => path !== '/404/');

const site = useBrowserOnSite();

describe('every page in Chromium', () => {
  it('loads with no console error and no request to another origin', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`${current}: request to ${request.url()}`);
    });
    for (const path of paths) {
      current = path;
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('fits 320 px without horizontal scrolling of the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${path}: ${width}px`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
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
