/**
 * A report with a restated figure and a site URL (another issuer, tests/support/another-issuer.ts): restated on its
 * indicator page, on /statistics/ and in the data book; every URL that leaves the site absolute, with the licence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANOTHER_ISSUER_DIST, ANOTHER_ISSUER_LOG } from '../support/another-issuer.ts';
import { expectStatisticsInBook, published, statisticsCells } from '../support/data-book.ts';
import { elements, readSite, visibleText, type Page } from '../support/site.ts';
import { readBook } from '../support/xlsx.ts';

describe('a report with a restated figure and a site URL (another issuer, tests/support/another-issuer.ts)', () => {
  const build = { dist: ANOTHER_ISSUER_DIST };
  let pages: Page[];
  const restated = 'Restated: previously published as 1,401.20: Grid emission factor corrected to the published regional factor';
  beforeAll(() => {
    pages = readSite(ANOTHER_ISSUER_DIST);
  });

  it('builds, without the missing-siteUrl warning', () => {
    expect(readFileSync(ANOTHER_ISSUER_LOG, 'utf8')).not.toContain('has no siteUrl');
  });

  it('marks the value restated on its indicator page and on /statistics/, with the earlier figure and the reason', () => {
    expect(visibleText(pages.find((page) => page.path === '/indicators/ghg-scope-2/')!)).toContain(restated);
    const cells = statisticsCells(pages.find((page) => page.path === '/statistics/')!);
    const cell = cells.find((item) => item.id === 'ghg-scope-2' && item.year === 2024)!;
    expect(cell.text).toBe('1,383.61');
    expect(toText(cell.td).replace(/\s+/g, ' ')).toContain(`1,383.61 ${restated}`);
    expect(cells.filter((item) => toText(item.td).includes('Restated'))).toHaveLength(1);
  });

  it('marks it restated in the data book, which holds every /statistics/ value', async () => {
    const sheets = await expectStatisticsInBook(build.dist, published(build.dist, 'example-holdings-esg-data-2025.xlsx'));
    const rows = sheets.get('Statistics')!;
    const header = rows[0]!.map(String);
    const row = rows.find((item) => item[header.indexOf('Indicator id')] === 'ghg-scope-2')!;
    expect(row[header.indexOf('2024')]).toBe(1383.61);
    expect(row[header.indexOf('Restated')]).toBe('2024: previously published as 1,401.20: Grid emission factor corrected to the published regional factor');
    expect(rows.filter((item) => item[header.indexOf('Restated')] !== null && item !== rows[0])).toHaveLength(1);
    const quality = sheets.get('Data quality')!;
    expect(quality.some((item) => item[1] === 2024 && String(item[2]).includes('previous = 1401.20'))).toBe(true);
  });

  it('gives absolute URLs and the licence wherever a URL leaves the site', async () => {
    const page = pages.find((item) => item.path === '/data/')!;
    const dataset = JSON.parse((elements(page, 'script[type="application/ld+json"]')[0]!.children[0] as { value: string }).value);
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.url).toBe('https://esg.example.com/data/');
    expect(dataset.distribution.map((item: { contentUrl: string }) => item.contentUrl)).toContain('https://esg.example.com/data/example-holdings-esg-data-2025.xlsx');
    for (const item of dataset.distribution) expect(item.contentUrl).toMatch(/^https:\/\/esg\.example\.com\/data\/[^/]+$/);
    const descriptor = JSON.parse(readFileSync(join(build.dist, 'data', 'datapackage.json'), 'utf8'));
    expect(descriptor.homepage).toBe('https://esg.example.com/');
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }]);
    expect(descriptor.sources).toEqual([{ title: 'Example Holdings Sustainability Report 2025 (PDF)', path: 'https://www.example.com/esg-2025.pdf' }]);
    expect(descriptor.contributors).toEqual([{ title: 'Example Holdings', role: 'publisher' }]);
    expect(visibleText(pages.find((item) => item.path === '/indicators/ghg-total/')!)).toContain('https://esg.example.com/indicators/ghg-total/');
    const sheets = await readBook(published(build.dist, 'example-holdings-esg-data-2025.xlsx'));
    const indicators = sheets.get('Indicators')!;
    expect(indicators.slice(1).map((row) => row.at(-1))).toEqual(indicators.slice(1).map((row) => `https://esg.example.com/indicators/${row[0]}/`));
    expect(new Map(sheets.get('About')!.map((row) => [row[0], row[1]])).get('Website of the report')).toBe('https://esg.example.com/');
  });
});
