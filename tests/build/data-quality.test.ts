/**
 * The consistency rules on the 2024 report: /data-quality/ shows every rule with its checks and results, the
 * explained changes and the build's commit; indicator pages link to their checks. (A sum that no longer adds up
 * stops the build: tests/reports/fixtures.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInfo } from '../../src/lib/build-info.ts';
import { readCsv } from '../support/data.ts';
import { DIST, ROOT, elements, readSite, visibleText, type Page } from '../support/site.ts';

let pages: Page[];
const page = (path: string) => pages.find((item) => item.path === path)!;
const hrefs = (item: Page) => elements(item, 'a[href]').map((link) => String(link.properties.href));
beforeAll(() => {
  pages = readSite();
});

describe('/data-quality/', () => {
  it('states how many rules ran how many checks, and the commit and date of the build', () => {
    const text = visibleText(page('/data-quality/'));
    expect(text).toContain('30 rules ran 191 checks: 176 passed, 0 recorded exceptions, 15 explained changes, 0 unexplained changes.');
    const build = buildInfo(ROOT);
    expect(text).toContain(`built from commit ${build.commit}, dated ${build.date}`);
  });

  it('shows every rule of data/rules.csv and every derived one, each with its checks', () => {
    const quality = page('/data-quality/');
    const ids = new Set(elements(quality, 'article.quality-rule h4[id]').map((heading) => String(heading.properties.id)));
    for (const rule of readCsv('data/rules.csv')) expect(ids, rule.id).toContain(rule.id);
    for (const derived of [
      'breakdown-employees-total-by-employment-type',
      'breakdown-employees-total-by-age-group',
      'breakdown-employees-total-by-region',
      'breakdown-employees-total-by-employee-category',
      'breakdown-waste-total-by-waste-type',
      'breakdown-energy-total-by-energy-type',
      'formula-water-per-employee',
      'formula-hazardous-waste-per-employee',
    ])
      expect(ids, derived).toContain(derived);
    // Turnover rates are not additive: no sum over them.
    expect([...ids].some((id) => id.startsWith('breakdown-turnover'))).toBe(false);
    const text = visibleText(quality);
    // The female + male check of 2024, with its values and their lines.
    const row = toText(elements(quality, 'tr[id="employees-by-sex-2024"]')[0]!).replace(/\s+/g, ' ');
    expect(row).toBe(
      '2024 female 1,462 (line 37); male 2,065 (line 39); total employees 3,527 (line 35) 3,527 3,527 0 0 Passed',
    );
    expect(text).toContain('Checks of “employees by sex” (lines of data/values.csv)');
  });

  it('lists every explained change with its reason, and states that no exception was needed', () => {
    const text = visibleText(page('/data-quality/'));
    const explanations = readCsv('data/rule-exceptions.csv');
    expect(explanations).toHaveLength(15);
    for (const row of explanations) expect(text).toContain(row.reason);
    expect(text).toContain('None: every sum, ratio and bound holds for the figures as published.');
    expect(text).toContain('Part-time employees, 2024: Part-time employees changed from 3 (2023, line 44) to 6, +100.0%, beyond the threshold of 50%.');
  });

  it('is linked from every page’s footer and from /data/', () => {
    expect(hrefs(page('/data/'))).toContain('/data-quality/');
    expect(elements(page('/'), '.site-footer a[href="/data-quality/"]')).toHaveLength(1);
  });
});

describe('indicator pages', () => {
  it('link to the checks their values passed', () => {
    const female = page('/indicators/employees-female/');
    expect(hrefs(female)).toEqual(expect.arrayContaining(['/data-quality/#employees-by-sex', '/data-quality/#people-counts', '/data-quality/#year-on-year']));
    const section = visibleText(female);
    expect(section).toContain('employees by sex (sum): 2023 Passed, 2024 Passed');
    const trained = visibleText(page('/indicators/trained-middle-management/'));
    expect(trained).toContain('change on the year before (change on the year before): 2024 Change explained');
    expect(hrefs(page('/indicators/ghg-per-employee/'))).toContain('/data-quality/#ghg-per-employee');
  });
});

it('builds from the same files the site publishes', () => {
  expect(readFileSync(join(DIST, 'data', 'rules.csv')).equals(readFileSync(join(ROOT, 'data', 'rules.csv')))).toBe(true);
});
