/** The built site's reader features: search index and filters, robots.txt, no guessed site URL, 404. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, elements, readSite } from '../support/site.ts';

const pages = readSite();
const page = (path: string) => pages.find((item) => item.path === path)!;
const filters = (path: string) => elements(page(path), '[data-pagefind-filter]').map((element) => String(element.properties.dataPagefindFilter));
const report = JSON.parse(readFileSync(join(ROOT, 'data', 'report.json'), 'utf8'));

describe('search index', () => {
  it('is written by the build, from the main content only', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    // /print/ (the PDF's source) repeats every section's text: a search result there would be a duplicate.
    const unindexed = ['/search/', '/404/', '/print/', '/zh-hk/search/', '/zh-hk/404/', '/zh-hk/print/'];
    for (const item of pages.filter((entry) => !unindexed.includes(entry.path))) {
      const bodies = elements(item, '[data-pagefind-body]');
      expect(bodies.map((element) => element.tagName), item.path).toEqual(['main']);
    }
    for (const path of ['/search/', '/print/', '/zh-hk/search/', '/zh-hk/print/']) expect(elements(page(path), '[data-pagefind-body]'), path).toEqual([]);
  });

  it('tags each page with its type and pillar for the filters', () => {
    expect(filters('/be-proud-of-being-green/emission-management/')).toEqual(['type:Report text', 'pillar:Environmental']);
    expect(filters('/indicators/turnover-rate/')).toEqual(['type:Indicator', 'pillar:Social']);
    expect(filters('/hkex-esg-guide/b1-1/')).toEqual(['type:HKEX provision', 'pillar:Social']);
    expect(filters('/statistics/')).toEqual(['type:Appendix']);
  });
});

describe('site address', () => {
  it('is never guessed: without siteUrl there is no canonical link, og:url, sitemap or Sitemap line', () => {
    expect(report.siteUrl).toBeUndefined();
    for (const item of pages) expect(elements(item, 'link[rel=canonical], meta[property="og:url"]'), item.path).toEqual([]);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('gives every page Open Graph title and description, and no edit link without a repository', () => {
    for (const item of pages) {
      expect(elements(item, 'meta[property="og:title"][content], meta[property="og:description"][content]'), item.path).toHaveLength(2);
      expect(elements(item, '.edit-page'), item.path).toEqual([]);
    }
  });
});

describe('navigation', () => {
  it('has one header with a search box and a menu on every page, and a 404 page', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    for (const item of pages) {
      expect(elements(item, 'header.site-header'), item.path).toHaveLength(1);
      // Each edition searches its own pages: the Chinese header posts to /zh-hk/search/.
      const search = item.path.startsWith('/zh-hk/') ? '/zh-hk/search/' : '/search/';
      expect(elements(item, `header.site-header form[role=search][action="${search}"] input[name=q]`), item.path).toHaveLength(2);
      expect(elements(item, 'header.site-header details.site-menu > summary'), item.path).toHaveLength(1);
    }
  });
});
