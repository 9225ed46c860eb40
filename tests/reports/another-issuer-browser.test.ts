/**
 * Another issuer's site (tests/support/another-issuer.ts: a second brand colour, a site URL and a repository in its
 * data/report.json) in Chromium and on disk: its brand colour is the one in force (light and dark themes), and the
 * site URL and repository give canonical links, Open Graph, sitemap.xml, robots.txt and "Edit this page".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANOTHER_ISSUER_DIST, BRAND, REPOSITORY, SITE } from '../support/another-issuer.ts';
import { launchBrowser, serve } from '../support/browser.ts';
import { brandVariants } from '../../src/lib/colour.ts';

const build = { dist: ANOTHER_ISSUER_DIST };
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ server, origin } = await serve(ANOTHER_ISSUER_DIST));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe('a second brand colour', () => {
  it('is the colour in force on the page, not the stylesheet default, in the light theme', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${origin}/overview/emissions/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-issuer')!).color)).toBe(rgb(BRAND));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.prose a, main a')!).color)).toBe(rgb(BRAND));
    await page.close();
  });

  it('is lightened to its 4.5:1 variant in the dark theme', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${origin}/overview/emissions/`);
    const { dark } = brandVariants(BRAND);
    expect(dark).not.toBe(BRAND);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-issuer')!).color)).toBe(rgb(dark));
    await page.close();
  });
});

describe('the site URL and repository from data/report.json', () => {
  const html = (path: string) => readFileSync(join(build.dist, path), 'utf8');

  it('give each page its canonical URL and Open Graph tags', () => {
    const page = html('overview/emissions/index.html');
    expect(page).toContain(`<link rel="canonical" href="${SITE}/overview/emissions/">`);
    expect(page).toContain(`<meta property="og:url" content="${SITE}/overview/emissions/">`);
    expect(page).toMatch(/<meta property="og:title" content="[^"]+">/);
  });

  it('write sitemap.xml listing the pages, and robots.txt naming it', () => {
    expect(html('sitemap-0.xml')).toContain(`<loc>${SITE}/overview/emissions/</loc>`);
    expect(html('robots.txt')).toBe(`User-agent: *\nAllow: /\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('link each section to its source file for editing', () => {
    expect(html('overview/emissions/index.html')).toContain(`href="${REPOSITORY}/edit/main/content/overview/emissions.mdx"`);
    expect(html('overview/index.html')).toContain(`href="${REPOSITORY}/edit/main/content/overview/index.mdx"`);
  });
});
