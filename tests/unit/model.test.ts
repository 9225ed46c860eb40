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
  // The fixture's scopes differ about 100 times (16.10 and 1,685.03 tCO2e in 2025): stacked, Scope 1 would be a sliver.
  const scope = model.indicatorById.get('ghg-total')!.children;
  // The same two parts with Scope 1 raised to within 20 times of Scope 2, so they can be stacked.
  const comparable = [
    { ...scope[0]!, values: values([[2025, number('816.10')], [2024, number('714.35')]]) },
    scope[1]!,
  ];
  it.each([
    ['a series of two years is bars', () => seriesChart('c', 'Total', [model.indicatorById.get('ghg-total')!], [2025, 2024]), { type: 'bar', stacked: false, unit: 'tCO2e', labels: ['2024', '2025'], datasets: [{ label: 'Total emissions', data: [1397.96, 1701.13] }] }],
    ['four years or more is a line', () => seriesChart('c', 'T', [model.indicatorById.get('ghg-total')!], [2025, 2024, 2023, 2022]), { type: 'line', datasets: [{ data: [null, null, 1397.96, 1701.13] }] }],
    ['a breakdown of comparable amounts is stacked', () => breakdownChart('c', 'By scope', comparable, [2025, 2024]), { type: 'bar', stacked: true, labelBars: false, datasets: [{ label: 'Scope 1', data: [714.35, 816.1] }, { label: 'Scope 2', data: [1383.61, 1685.03] }], description: 'Stacked bar chart: By scope (tCO2e). 2024: Scope 1 714.35, Scope 2 1,383.61; 2025: Scope 1 816.10, Scope 2 1,685.03.' }],
    ['a breakdown whose parts differ over 20 times is side by side, values printed', () => breakdownChart('c', 'By scope', scope, [2025, 2024]), { type: 'bar', stacked: false, labelBars: true, datasets: [{ label: 'Scope 1', texts: ['14.35', '16.10'] }, { label: 'Scope 2', texts: ['1,383.61', '1,685.03'] }], description: 'Bar chart: By scope (tCO2e). 2024: Scope 1 14.35, Scope 2 1,383.61; 2025: Scope 1 16.10, Scope 2 1,685.03.' }],
    ['a status is a gap, never 0', () => seriesChart('c', 'Turnover', [model.indicatorById.get('staff-turnover')!], [2025, 2024]), { unit: '%', datasets: [{ data: [null, 28] }], description: 'Bar chart: Turnover (%). 2024: Not applicable; 2025: 28%.' }],
  ])('%s', (_name, chart, expected) => {
    expect(chart()).toMatchObject(expected);
  });

  it('describes a chart with Chinese punctuation on a Chinese page (the fixture has no Chinese words: English labels)', () => {
    expect(breakdownChart('c', '按範圍劃分', scope, [2025, 2024], 'zh-hk').description).toBe(
      '棒形圖：按範圍劃分（tCO2e）。2024年：Scope 1為14.35、Scope 2為1,383.61；2025年：Scope 1為16.10、Scope 2為1,685.03。',
    );
    expect(seriesChart('c', '流失比率', [model.indicatorById.get('staff-turnover')!], [2025, 2024], 'zh-hk').description).toBe('棒形圖：流失比率（%）。2024年：不適用；2025年：28%。');
  });
});
