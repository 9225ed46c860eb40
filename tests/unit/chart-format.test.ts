/** Chart numbers keep the data's significant digits: ticks and tooltips for 0.0004 and 12,345,678. */
import { describe, expect, it } from 'vitest';
import { decimalsForStep, formatTicks, tickPrecision, tooltipLine } from '../../src/lib/chart-format.ts';
import { breakdownChart, seriesChart } from '../../src/model/chart.ts';
import type { IndicatorModel } from '../../src/model/types.ts';
import type { CellValue } from '../../src/model/values.ts';

/** An indicator of the model with the given values as written in data/values.csv. */
function indicator(id: string, unit: string, values: Record<number, string>, extra: Partial<IndicatorModel> = {}): IndicatorModel {
  const cells = new Map<number, CellValue>(Object.entries(values).map(([year, text]) => [Number(year), { kind: 'number', value: Number(text), text }]));
  const label = (extra as { label?: string }).label;
  const english = { name: id, label, unit, topic: 'T', definition: '', translated: true };
  // The charts read names and units from the words of the page's language; English stands in for Chinese here.
  const words = { en: english, 'zh-hk': { ...english, translated: false } };
  return { id, name: id, unit, format: 'number', pillar: 'E', topic: 'T', hkex: [], definition: '', values: cells, valueRows: [], years: [...cells.keys()], children: [], citedBy: [], provisions: [], words, ...extra } as IndicatorModel;
}

describe('chart axis ticks', () => {
  it('keeps 0.0004: ticks of a 0.0001 step print four decimals, never "0"', () => {
    expect(formatTicks([0, 0.0001, 0.0002, 0.00030000000000000003, 0.0004])).toEqual(['0', '0.0001', '0.0002', '0.0003', '0.0004']);
    expect(formatTicks([0, 0.00005, 0.0001, 0.00015, 0.0002, 0.00025, 0.0003, 0.00035, 0.0004])).toEqual(['0', '0.00005', '0.0001', '0.00015', '0.0002', '0.00025', '0.0003', '0.00035', '0.0004']);
  });

  it('prints 12,345,678-sized ticks in full with thousands separators', () => {
    expect(formatTicks([0, 2_000_000, 4_000_000, 6_000_000, 8_000_000, 10_000_000, 12_000_000, 14_000_000])).toEqual([
      '0', '2,000,000', '4,000,000', '6,000,000', '8,000,000', '10,000,000', '12,000,000', '14,000,000',
    ]);
    expect(formatTicks([12_345_000, 12_345_500, 12_346_000])).toEqual(['12,345,000', '12,345,500', '12,346,000']);
  });

  it('gives steps such as 0.25 and 0.3 their own decimals', () => {
    expect(decimalsForStep(0.25)).toBe(2);
    expect(decimalsForStep(0.30000000000000004)).toBe(1);
    expect(formatTicks([0, 0.5, 1, 1.5])).toEqual(['0', '0.5', '1', '1.5']);
  });
});

describe('chart tooltips', () => {
  it('state 0.0004 and 12,345,678 exactly as the table prints them, with the unit', () => {
    const density = indicator('waste-density', 'tonnes/employee', { 2023: '0.0003', 2024: '0.0004' });
    const spec = seriesChart('waste-density', 'Waste density', [density], [2024, 2023]);
    expect(spec.datasets[0]!.texts).toEqual(['0.0003', '0.0004']);
    expect(tooltipLine(spec.datasets[0]!.label, spec.datasets[0]!.texts[1]!, spec.unit)).toBe('waste-density: 0.0004 tonnes/employee');

    const big = indicator('loans', 'RMB', { 2023: '12345678', 2024: '12345678.50' });
    const bigSpec = seriesChart('loans', 'Loans', [big], [2024, 2023]);
    expect(bigSpec.datasets[0]!.texts).toEqual(['12,345,678', '12,345,678.50']);
    expect(tooltipLine('Loans', bigSpec.datasets[0]!.texts[0]!, bigSpec.unit)).toBe('Loans: 12,345,678 RMB');
    expect(tooltipLine('Loans', null, 'RMB')).toBe('Loans: –');
  });
});

describe('breakdowns whose parts differ by orders of magnitude', () => {
  it('are drawn side by side with every bar labelled, not stacked into a sliver', () => {
    const scope1 = indicator('ghg-scope-1', 'tCO2e', { 2024: '16.57' }, { label: 'Scope 1', dimension: 'scope' });
    const scope2 = indicator('ghg-scope-2', 'tCO2e', { 2024: '1684.56' }, { label: 'Scope 2', dimension: 'scope' });
    const spec = breakdownChart('ghg-scope', 'GHG by scope', [scope1, scope2], [2024]);
    expect(spec.stacked).toBe(false);
    expect(spec.labelBars).toBe(true);
    expect(spec.datasets.map((dataset) => [dataset.label, dataset.texts])).toEqual([['Scope 1', ['16.57']], ['Scope 2', ['1,684.56']]]);
  });

  it('stay stacked when the parts are of a size', () => {
    const women = indicator('women', 'people', { 2024: '1200' }, { label: 'Female', dimension: 'sex' });
    const men = indicator('men', 'people', { 2024: '1500' }, { label: 'Male', dimension: 'sex' });
    const spec = breakdownChart('sex', 'By sex', [women, men], [2024]);
    expect([spec.stacked, spec.labelBars]).toEqual([true, false]);
  });
});

describe('chart tick precision', () => {
  // Concluded corruption cases, 2 in 2023 and 0 in 2024, were ticked 0, 0.2, 0.4, … 2: a count has whole ticks.
  it('asks for whole-number ticks when every value is a whole number', () => {
    expect(tickPrecision([[2, 0]])).toBe(0);
    expect(tickPrecision([[3_527, null], [1_462, 1_283]])).toBe(0);
  });
  it('leaves the step to chart.js when a value has decimals, or when there is none', () => {
    expect(tickPrecision([[0.0004, 0.0003]])).toBeUndefined();
    expect(tickPrecision([[16.57], [1_684.56]])).toBeUndefined();
    expect(tickPrecision([[null]])).toBeUndefined();
  });
});
