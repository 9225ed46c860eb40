/**
 * A bilingual fixture report with a site address (tests/fixtures/bilingual): absolute hreflang alternates on every
 * page, both editions in the sitemap with their alternates, and a translated section rendered from content/zh-hk/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, type BuildResult } from '../support/build.ts';
import { makeProject } from '../support/fixtures.ts';
import { elements, readSite, visibleText } from '../support/site.ts';

describe('a bilingual report with a site address', () => {
  const directory = makeProject('bilingual', {
    'data/report.json': (text) => text.replace('"language": "en",', '"language": "en",\n  "siteUrl": "https://esg.example.com/",'),
  });
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildProject(directory);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('builds, naming each page in the other language with absolute hreflang alternates', () => {
    expect(build.status, build.output).toBe(0);
    const site = readSite(build.dist);
    for (const path of ['/overview/emissions/', '/zh-hk/overview/emissions/', '/statistics/', '/zh-hk/statistics/']) {
      const page = site.find((item) => item.path === path)!;
      const english = path.replace(/^\/zh-hk/, '');
      expect(elements(page, 'link[rel=alternate][hreflang]').map((link) => [link.properties.hrefLang, link.properties.href]), path).toEqual([
        ['en', `https://esg.example.com${english}`],
        ['zh-HK', `https://esg.example.com/zh-hk${english}`],
        ['x-default', `https://esg.example.com${english}`],
      ]);
      expect(elements(page, 'link[rel=canonical]')[0]!.properties.href, path).toBe(`https://esg.example.com${path}`);
    }
  });

  it('renders a translated section from content/zh-hk/, without the notice', () => {
    const site = readSite(build.dist);
    const page = site.find((item) => item.path === '/zh-hk/overview/emissions/')!;
    expect(elements(page, '.translation-notice, .prose[lang]')).toEqual([]);
    const text = visibleText(page);
    expect(text).toContain('2025年的排放量為');
    expect(elements(page, 'h1').map((element) => toText(element))).toEqual(['排放']);
    expect(visibleText(site.find((item) => item.path === '/zh-hk/')!)).toContain('示例控股');
  });

  it('lists both editions in the sitemap, each URL with its alternates', () => {
    const sitemap = readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://esg.example.com/overview/emissions/</loc>');
    expect(sitemap).toContain('<loc>https://esg.example.com/zh-hk/overview/emissions/</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="zh-HK" href="https://esg.example.com/zh-hk/overview/emissions/"/>');
  });

});
