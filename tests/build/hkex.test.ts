/** The HKEX ESG Guide content index and provision pages, checked against data/hkex-provisions.csv and the mapping. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../support/data.ts';
import { ROOT, elements, readSite, visibleText, type Page } from '../support/site.ts';

const report = JSON.parse(readFileSync(join(ROOT, 'data', 'report.json'), 'utf8')) as { guide: { version: string } };
const provisions = readCsv('data/hkex-provisions.csv').filter((row) => row.version === report.guide.version);
const mapping = new Map(readCsv('data/hkex-mapping.csv').map((row) => [row.code, row]));
const slug = (code: string) => code.toLowerCase().replace(/\./g, '-');
let pages: Map<string, Page>;

beforeAll(() => {
  pages = new Map(readSite().map((page) => [page.path, page]));
});

describe('/hkex-esg-guide/', () => {
  it('lists the 12 general disclosures, 36 KPIs and the mandatory requirements, each with its status', () => {
    expect(provisions.filter((row) => row.kind === 'general-disclosure')).toHaveLength(12);
    expect(provisions.filter((row) => row.kind === 'kpi')).toHaveLength(36);
    expect(provisions.filter((row) => row.kind === 'mandatory').length).toBeGreaterThanOrEqual(3);
    const index = pages.get('/hkex-esg-guide/')!;
    const statusWords = { disclosed: 'Disclosed', explained: 'Explained', 'not-applicable': 'Not applicable' } as Record<string, string>;
    for (const provision of provisions) {
      const row = elements(index, `tr#${slug(provision.code!)}`);
      expect(row, provision.code).toHaveLength(1);
      expect(toText(row[0]!), provision.code).toContain(statusWords[mapping.get(provision.code!)!.status!]);
    }
  });

  it('counts provisions by status in a summary, and names the Guide version', () => {
    const index = pages.get('/hkex-esg-guide/')!;
    const text = visibleText(index);
    for (const [status, word] of [['disclosed', 'Disclosed'], ['explained', 'Explained'], ['not-applicable', 'Not applicable']]) {
      const count = [...mapping.values()].filter((row) => row.status === status).length;
      // A definition list (status, then count), not badges that look like buttons.
      const term = elements(index, `dl.status-counts .status-count-${status} dt`)[0]!;
      const figure = elements(index, `dl.status-counts .status-count-${status} dd`)[0]!;
      expect([toText(term), toText(figure)]).toEqual([word, String(count)]);
    }
    expect(text).toContain(`version ${report.guide.version}`);
  });

  it('links each location to its section at the heading anchor, and explained provisions show the explanation', () => {
    const index = pages.get('/hkex-esg-guide/')!;
    for (const provision of provisions) {
      const row = elements(index, `tr#${slug(provision.code!)}`)[0]!;
      const hrefs = elements({ ...index, tree: { type: 'root', children: [row] } }, 'a[href]').map((link) => String(link.properties.href));
      for (const location of mapping.get(provision.code!)!.locations!.split(' ').filter(Boolean)) {
        const [section, anchor] = location.split('#');
        expect(hrefs, provision.code).toContain(`/${section}/${anchor ? `#${anchor}` : ''}`);
      }
      const { status, explanation } = mapping.get(provision.code!)!;
      if (status !== 'disclosed') expect(toText(row)).toContain(explanation!);
    }
  });
});

describe('provision pages', () => {
  it('exist for every provision, with subject, status and the mapped indicators’ tables and charts', () => {
    for (const provision of provisions) {
      const page = pages.get(`/hkex-esg-guide/${slug(provision.code!)}/`);
      expect(page, provision.code).toBeDefined();
      const text = visibleText(page!);
      expect(text).toContain(provision.subject!);
      const indicators = mapping.get(provision.code!)!.indicators!.split(' ').filter(Boolean);
      expect(elements(page!, 'table.indicator-values'), provision.code).toHaveLength(indicators.length);
      expect(elements(page!, 'canvas[role=img]'), provision.code).toHaveLength(indicators.length);
    }
  });

  it('are linked from every section that discloses them, derived from the mapping', () => {
    for (const [code, row] of mapping) {
      for (const location of row.locations!.split(' ').filter(Boolean)) {
        const section = pages.get(`/${location.split('#')[0]}/`)!;
        const hrefs = elements(section, 'aside.provisions a[href]').map((link) => String(link.properties.href));
        expect(hrefs, `${location} → ${code}`).toContain(`/hkex-esg-guide/${slug(code)}/`);
      }
    }
  });
});
