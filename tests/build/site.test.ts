/** The built site in dist/: every section has its page, and every internal link and anchor resolves. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateProject as readProject } from '../../src/validation/validate.ts';
import { DIST, ROOT, brokenLinks, elements, readSite, type Page } from '../support/site.ts';

let pages: Page[];
const project = readProject(ROOT);

beforeAll(() => {
  pages = readSite();
});

describe('pages', () => {
  it('has a page for every chapter and section in content/', () => {
    expect(project.errors).toEqual([]);
    expect(project.data.sections.length).toBeGreaterThanOrEqual(30);
    const missing = project.data.sections
      .map((section) => `${section.id}/index.html`)
      .filter((file) => !existsSync(join(DIST, file)));
    expect(missing).toEqual([]);
  });

  it('has the home page, the statistics table and the HKEX index', () => {
    for (const path of ['/', '/statistics/', '/hkex-esg-guide/', '/404/']) expect(pages.map((page) => page.path)).toContain(path);
  });

  it('gives each page one h1, a title, a language and a description', () => {
    for (const page of pages) {
      expect(elements(page, 'h1'), page.path).toHaveLength(1);
      expect(elements(page, 'html[lang]'), page.path).toHaveLength(1);
      expect(elements(page, 'title'), page.path).toHaveLength(1);
      expect(elements(page, 'meta[name=description][content]'), page.path).toHaveLength(1);
    }
  });

  it('wraps every Markdown table in a focusable, labelled scroll region (the hast plugin on the default processor)', () => {
    const page = pages.find((item) => item.path === '/responsible-operation/innovation-and-research-and-development/')!;
    const wrapped = elements(page, '.prose div.table-scroll[tabindex="0"][role=region][aria-label=Table] > table');
    expect(wrapped).toHaveLength(1);
    expect(toText(selectAll('th', wrapped[0]!)[0]!)).toBe('Characteristic');
    // No table of the MDX prose is left unwrapped, and none is wrapped twice.
    const unwrapped = pages.flatMap((item) => elements(item, '.prose > table').map(() => item.path));
    expect(unwrapped).toEqual([]);
    expect(pages.flatMap((item) => elements(item, '.table-scroll .table-scroll').map(() => item.path))).toEqual([]);
  });

  it('gives section pages breadcrumbs, previous/next and heading anchors', () => {
    const section = pages.find((page) => page.path === '/be-proud-of-being-green/emission-management/')!;
    expect(elements(section, 'nav.breadcrumbs a').map((link) => link.properties.href)).toEqual([
      '/',
      '/be-proud-of-being-green/',
      '/be-proud-of-being-green/emission-management/',
    ]);
    expect(elements(section, 'nav.prev-next a[rel]').map((link) => link.properties.rel)).toEqual([['prev'], ['next']]);
    expect(elements(section, 'main h2[id]').map((heading) => heading.properties.id)).toContain('greenhouse-gas-emissions');
  });

  it('puts no inline event handler and no inline style attribute on any element', () => {
    for (const page of pages) {
      const offending = elements(page, '*').filter((element) =>
        Object.keys(element.properties).some((name) => /^on[A-Z]/.test(name) || name === 'style'),
      );
      expect(offending.map((element) => element.tagName), page.path).toEqual([]);
    }
  });

  it('names no other origin in a src, href or srcset of a resource', () => {
    for (const page of pages) {
      const external = elements(page, 'script[src], link[href], img[src], source[srcset], iframe[src]')
        .map((element) => String(element.properties.src ?? element.properties.href ?? element.properties.srcSet))
        .filter((url) => /^(?:https?:)?\/\//.test(url));
      expect(external, page.path).toEqual([]);
    }
  });
});

describe('links', () => {
  it('resolves every internal link and anchor, on the pages of both editions', () => {
    expect(pages.filter((page) => page.path.startsWith('/zh-hk/')).length).toBeGreaterThan(100);
    expect(brokenLinks(pages)).toEqual([]);
  });

  it('links every chapter from the home page', () => {
    const home = pages.find((page) => page.path === '/')!;
    const hrefs = new Set(elements(home, 'main a[href]').map((link) => String(link.properties.href)));
    for (const section of project.data.sections) expect(hrefs, section.id).toContain(`/${section.id}/`);
  });
});

describe('content', () => {
  it('shows each figure of data/values.csv in the statistics table, formatted with its published decimals', () => {
    const statistics = pages.find((page) => page.path === '/statistics/')!;
    const rows = new Map(elements(statistics, 'tbody tr[id]').map((row) => [String(row.properties.id), row]));
    const { report } = project.data;
    for (const { data: value } of project.data.values) {
      const row = rows.get(value.indicator);
      expect(row, value.indicator).toBeDefined();
      const cell = selectAll('td.number', row!)[report.years.indexOf(value.year)]!;
      const text = toText(cell).trim();
      const indicator = project.data.indicators.find((item) => item.data.id === value.indicator)!.data;
      if (value.status === 'not-applicable') expect(text).toBe('Not applicable');
      else {
        // Expected text built independently of src/lib/format.ts: group the whole part, keep the written fraction.
        const [whole, fraction] = value.value!.split('.');
        const grouped = Number(whole).toLocaleString('en') + (fraction === undefined ? '' : `.${fraction}`);
        expect(text, `${value.indicator} ${value.year}`).toBe(indicator.format === 'percent' ? `${grouped}%` : grouped);
      }
    }
  });
});
