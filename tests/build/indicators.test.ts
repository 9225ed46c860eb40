/** Indicator pages and downloads, checked against data/ read directly from the CSV files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { printedValue, readCsv } from '../support/data.ts';
import { DIST, ROOT, elements, readSite, visibleText, type Page } from '../support/site.ts';

const indicators = readCsv('data/indicators.csv');
const values = readCsv('data/values.csv');
const report = JSON.parse(readFileSync(join(ROOT, 'data', 'report.json'), 'utf8')) as { years: number[] };
let pages: Map<string, Page>;

beforeAll(() => {
  pages = new Map(readSite().map((page) => [page.path, page]));
});

const pageOf = (id: string) => {
  const page = pages.get(`/indicators/${id}/`);
  if (!page) throw new Error(`no page for indicator ${id}`);
  return page;
};

describe('indicator pages', () => {
  it('exist for every indicator of the registry', () => {
    expect(indicators.length).toBeGreaterThan(50);
    for (const indicator of indicators) expect(pages.has(`/indicators/${indicator.id}/`), indicator.id!).toBe(true);
  });

  it('show every value of data/values.csv, formatted as published, statuses in words', () => {
    for (const row of values) {
      const indicator = indicators.find((item) => item.id === row.indicator)!;
      const cells = elements(pageOf(row.indicator!), `table.indicator-values td[data-year="${row.year}"]`);
      expect(cells, `${row.indicator} ${row.year}`).toHaveLength(1);
      expect(toText(cells[0]!).trim(), `${row.indicator} ${row.year}`).toBe(printedValue(row, indicator.format === 'percent'));
    }
  });

  it('put the values table before the chart, and give each chart role=img and a label that states the data', () => {
    for (const indicator of indicators) {
      const page = pageOf(indicator.id!);
      const html = readFileSync(page.file, 'utf8');
      expect(html.indexOf('indicator-values'), indicator.id).toBeLessThan(html.indexOf('<canvas'));
      const canvas = elements(page, 'canvas')[0]!;
      expect(canvas.properties.role).toBe('img');
      const label = String(canvas.properties.ariaLabel);
      for (const row of values.filter((value) => value.indicator === indicator.id))
        expect(label, indicator.id).toContain(`${row.year}: ${printedValue(row, indicator.format === 'percent')}`);
    }
  });

  it('gives the change on the year before, or says why there is none', () => {
    const ghg = visibleText(pageOf('ghg-total'));
    expect(ghg).toContain('+303.17 tCO2e'); // 1,701.13 − 1,397.96
    expect(ghg).toContain('+21.7%');
    const turnover = visibleText(pageOf('turnover-rate'));
    expect(turnover).toContain('+8 percentage points');
    expect(visibleText(pageOf('employees-outside-china'))).toContain('No relative change can be given: the 2023 value is zero.');
    expect(visibleText(pageOf('turnover-outside-china'))).toContain('No change can be given: there is no number for 2024.');
    expect(visibleText(pageOf('waste-total'))).toContain('No change can be given: 2024 is the first year with data.');
  });

  it('shows a derived figure with its formula, inputs and the recomputed value', () => {
    const page = pageOf('ghg-per-employee');
    const text = visibleText(page);
    expect(elements(page, '.formula a').map((link) => link.properties.href)).toEqual(['/indicators/ghg-total/', '/indicators/employees-total/']);
    // "Formula: Total…", with the space the page once lost.
    expect(toText(elements(page, '.formula')[0]!).replace(/\s+/g, ' ').trim()).toMatch(/^Formula: Total greenhouse gas emissions/);
    expect(text).toContain('1,701.13 ÷ 3,527');
    expect(text).toMatch(/2024\s*1,701\.13 ÷ 3,527\s*0\.48\s*0\.48/);
  });

  it('links parents and children, provisions, and the sections that cite the indicator', () => {
    const total = pageOf('employees-total');
    const links = elements(total, 'main a[href]').map((link) => String(link.properties.href));
    expect(links).toContain('/indicators/employees-female/');
    expect(links).toContain('/hkex-esg-guide/b1-1/');
    expect(links).toContain('/people-oriented/');
    expect(elements(pageOf('employees-female'), 'main a[href]').map((link) => String(link.properties.href))).toContain('/indicators/employees-total/');
    // ghg-total is cited by the emission table in Emission management and by its chart.
    expect(elements(pageOf('ghg-total'), 'main a[href]').map((link) => String(link.properties.href))).toContain('/be-proud-of-being-green/emission-management/');
  });

  it('offers this indicator as CSV equal to its rows of data/values.csv, and as JSON with the same values', () => {
    const lines = readFileSync(join(ROOT, 'data', 'values.csv'), 'utf8').trimEnd().split('\n');
    for (const indicator of indicators) {
      const csv = readFileSync(join(DIST, 'indicators', `${indicator.id}.csv`), 'utf8').trimEnd().split('\n');
      expect(csv[0]).toBe(lines[0]);
      expect(new Set(csv.slice(1)), indicator.id).toEqual(new Set(lines.filter((line) => line.startsWith(`${indicator.id},`))));
      const json = JSON.parse(readFileSync(join(DIST, 'indicators', `${indicator.id}.json`), 'utf8'));
      expect(json.indicator.id).toBe(indicator.id);
      for (const row of values.filter((value) => value.indicator === indicator.id)) {
        const entry = json.values.find((item: { year: number }) => item.year === Number(row.year));
        expect(entry.status).toBe(row.status || 'reported');
        expect(entry.text).toBe(row.value || null);
        expect(entry.value).toBe(row.value ? Number(row.value) : null);
      }
    }
  });

  it('gives a citation with issuer, report and indicator; no URL, since data/report.json gives no siteUrl', () => {
    const cite = toText(selectAll('.citation', pageOf('water-consumption').tree)[0]!);
    expect(cite).toContain('Water consumption');
    // A relative URL would be wrong outside the site; tests/build/data-outputs.test.ts checks the absolute one.
    expect(cite).not.toContain('/indicators/');
    expect(cite).toContain(String(report.years[0]));
  });
});

describe('/indicators/', () => {
  it('lists every indicator with its latest value, grouped by pillar, with anchors to filter without JavaScript', () => {
    const page = pages.get('/indicators/')!;
    const hrefs = elements(page, 'main a[href]').map((link) => String(link.properties.href));
    for (const indicator of indicators) expect(hrefs, indicator.id).toContain(`/indicators/${indicator.id}/`);
    for (const anchor of ['#environmental', '#social', '#governance']) {
      expect(hrefs).toContain(anchor);
      expect(elements(page, anchor)).toHaveLength(1);
    }
    expect(visibleText(page)).toContain('1,701.13 tCO2e');
  });
});

describe('/statistics/', () => {
  it('links every row to its indicator page and groups breakdowns like the report', () => {
    const page = pages.get('/statistics/')!;
    for (const indicator of indicators)
      expect(elements(page, `tr#${indicator.id} th a`).map((link) => link.properties.href), indicator.id).toEqual([`/indicators/${indicator.id}/`]);
    expect(elements(page, 'tr.dimension-row').length).toBeGreaterThan(5);
  });
});
