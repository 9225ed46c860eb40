/**
 * The report model without a build: the minimal fixture read and validated, joined by buildReportModel, and the pure
 * functions behind the indicator pages (year-on-year change, derived figures, charts). Table-driven.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildReportModel } from '../../src/model/build.ts';
import { yearOnYear } from '../../src/model/change.ts';
import { breakdownChart, seriesChart } from '../../src/model/chart.ts';
import { deriveYears, evaluate, parseFormula } from '../../src/model/derived.ts';
import type { ReportTables } from '../../src/model/types.ts';
import type { CellValue } from '../../src/model/values.ts';
import { validateProject } from '../../src/validation/validate.ts';
import { FIXTURES } from '../support/fixtures.ts';

const { data, errors } = validateProject(join(FIXTURES, 'minimal'));
const tables: ReportTables = {
  report: data.report,
  indicators: data.indicators.map((row) => row.data),
  values: data.values.map((row) => ({ ...row.data, raw: row.raw })),
  highlights: data.highlights.map((row) => row.data),
  boardMembers: data.boardMembers.map((row) => row.data),
  stakeholders: data.stakeholders.map((row) => row.data),
  provisions: data.provisions.map((row) => row.data),
  mapping: data.mapping.map((row) => row.data),
  sections: data.sections.map((section) => ({ ...section, frontmatter: section.frontmatter! })),
};
const model = buildReportModel(tables);

const number = (text: string): CellValue => ({ kind: 'number', value: Number(text), text });
const values = (entries: [number, CellValue][]) => new Map(entries);

describe('buildReportModel', () => {
  it('reads a valid fixture', () => expect(errors).toEqual([]));

  it.each([
    ['chapters in order', () => model.chapters.map((chapter) => chapter.id), ['overview']],
    ['reading order', () => model.readingOrder.map((section) => section.id), ['overview', 'overview/emissions']],
    ['breakdown children', () => model.indicatorById.get('ghg-total')!.children.map((child) => child.id), ['ghg-scope-1', 'ghg-scope-2']],
    ['years newest first', () => model.indicatorById.get('ghg-total')!.years, [2025, 2024]],
    ['backlinks from components', () => model.indicatorById.get('staff-turnover')!.citedBy.map((section) => section.id), ['overview/emissions']],
    ['value rows as written', () => model.indicatorById.get('ghg-scope-1')!.valueRows.map((row) => row.raw), ['ghg-scope-1,2025,16.10,,,,', 'ghg-scope-1,2024,14.35,,,,']],
    ['provision locations', () => model.provisionByCode.get('A1')!.locations.map((location) => `${location.section.id}#${location.anchor} ${location.label}`), ['overview/emissions#policy Policy']],
    ['provisions by section', () => model.provisionsBySection.get('overview/emissions')!.map((provision) => provision.code), ['A1', 'A1.2']],
    ['indicator provisions', () => model.indicatorById.get('ghg-total')!.provisions.map((provision) => provision.code), ['A1.2']],
    ['statuses kept as words', () => model.indicatorById.get('staff-turnover')!.values.get(2024)!.kind, 'not-applicable'],
    ['highlights by id', () => model.highlightById.get('trees-planted')!.value, '1200'],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});

describe('yearOnYear', () => {
  it.each([
    ['a change with the finer decimals', values([[2025, number('16.10')], [2024, number('14.35')]]), 2025, { kind: 'change', absolute: 1.75, decimals: 2, fromYear: 2024 }],
    ['no earlier year', values([[2025, number('1')]]), 2025, { kind: 'none', reason: 'no-earlier-year' }],
    ['earlier not reported', values([[2025, number('1')], [2024, { kind: 'not-disclosed' }]]), 2025, { kind: 'none', reason: 'earlier-not-reported' }],
    ['this year not reported', values([[2025, { kind: 'not-applicable' }], [2024, number('1')]]), 2025, { kind: 'none', reason: 'not-reported' }],
    ['a zero base', values([[2025, number('3')], [2024, number('0')]]), 2025, { kind: 'none', reason: 'zero-base' }],
    ['a gap year skipped', values([[2025, number('12')], [2022, number('10')]]), 2025, { kind: 'change', absolute: 2, fromYear: 2022, percent: 20 }],
  ] as const)('%s', (_name, cells, year, expected) => {
    expect(yearOnYear(cells as Map<number, CellValue>, year)).toMatchObject(expected);
  });
});

describe('derived figures', () => {
  it.each([
    ['a sum', 'a + b', [2, 3], 5],
    ['a ratio', 'a / b', [3, 4], 0.75],
    ['products before sums', 'a + b * c', [1, 2, 3], 7],
    ['division by zero has no result', 'a / b', [1, 0], undefined],
  ])('%s', (_name, formula, numbers, expected) => {
    expect(evaluate(parseFormula(formula), numbers)).toBe(expected);
  });

  it('recomputes only years where every input is a number', () => {
    const cells: Record<string, Record<number, CellValue>> = { a: { 2025: number('1'), 2024: { kind: 'not-disclosed' } }, b: { 2025: number('2'), 2024: number('2') } };
    expect(deriveYears('a + b', [2025, 2024], (id, year) => cells[id]?.[year]).map((year) => year.computed)).toEqual([3, undefined]);
  });

  it('matches the fixture\'s published total', () => {
    const total = model.indicatorById.get('ghg-total')!;
    expect(total.derived!.map((year) => Number(year.computed!.toFixed(2)))).toEqual([1701.13, 1397.96]);
  });
});

describe('charts', () => {
  const scope = model.indicatorById.get('ghg-total')!.children;
  it.each([
    ['a series of two years is bars', () => seriesChart('c', 'Total', [model.indicatorById.get('ghg-total')!], [2025, 2024]), { type: 'bar', stacked: false, unit: 'tCO2e', labels: ['2024', '2025'], datasets: [{ label: 'Total emissions', data: [1397.96, 1701.13] }] }],
    ['four years or more is a line', () => seriesChart('c', 'T', [model.indicatorById.get('ghg-total')!], [2025, 2024, 2023, 2022]), { type: 'line', datasets: [{ data: [null, null, 1397.96, 1701.13] }] }],
    ['a breakdown of amounts is stacked', () => breakdownChart('c', 'By scope', scope, [2025, 2024]), { type: 'bar', stacked: true, datasets: [{ label: 'Scope 1' }, { label: 'Scope 2' }] }],
    ['a status is a gap, never 0', () => seriesChart('c', 'Turnover', [model.indicatorById.get('staff-turnover')!], [2025, 2024]), { unit: '%', datasets: [{ data: [null, 28] }], description: 'Bar chart: Turnover (%). 2024: Not applicable; 2025: 28%.' }],
  ])('%s', (_name, chart, expected) => {
    expect(chart()).toMatchObject(expected);
  });
});
