/** Schema rules, cell by cell: what each column accepts and what it refuses. */
import { describe, expect, it } from 'vitest';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { sectionFrontmatterSchema } from '../../src/schemas/section.ts';
import { highlightSchema } from '../../src/schemas/tables.ts';
import { valueRowSchema } from '../../src/schemas/value.ts';

const value = (cells: Partial<Record<'indicator' | 'year' | 'value' | 'status' | 'note', string>>) =>
  valueRowSchema.safeParse({ indicator: 'ghg-total', year: '2024', value: '', status: '', note: '', previous: '', reason: '', ...cells });

describe('values', () => {
  it('keeps the written decimals of a number', () => {
    expect(value({ value: '16.10' }).data).toMatchObject({ value: '16.10', status: 'reported', year: 2024 });
    expect(value({ value: '0.00' }).data?.value).toBe('0.00');
  });

  it('takes not-applicable and not-disclosed without a number', () => {
    expect(value({ status: 'not-applicable' }).data).toMatchObject({ status: 'not-applicable', value: undefined });
    expect(value({ status: 'not-disclosed', note: 'Not collected.' }).data).toMatchObject({ status: 'not-disclosed', note: 'Not collected.' });
  });

  it('refuses thousands separators, units, NaN, a blank and a number with a status', () => {
    for (const bad of ['1,701.13', '28%', 'NaN', '1 701', '/', '-']) expect(value({ value: bad }).success, bad).toBe(false);
    expect(value({}).success).toBe(false);
    expect(value({ value: '3', status: 'not-applicable' }).success).toBe(false);
  });

  it('refuses a year that is not four digits, and an id that is not kebab-case', () => {
    expect(value({ value: '1', year: '24' }).success).toBe(false);
    expect(value({ value: '1', indicator: 'GHG_total' }).success).toBe(false);
  });
});

describe('indicators', () => {
  const row = {
    id: 'employees-female',
    name: 'Female employees',
    label: 'Female',
    unit: 'people',
    pillar: 'S',
    topic: 'Employment',
    hkex: 'B1.1',
    parent: 'employees-total',
    dimension: 'sex',
    format: 'number',
    definition: 'Women employed at year end.',
    formula: '',
  };
  it('parses a breakdown row', () => {
    expect(indicatorSchema.parse(row)).toMatchObject({ hkex: ['B1.1'], parent: 'employees-total', dimension: 'sex', formula: undefined });
  });
  it('refuses an unknown pillar, dimension, format or HKEX code shape', () => {
    for (const [column, bad] of [['pillar', 'X'], ['dimension', 'colour'], ['format', 'money'], ['hkex', 'B1-1']] as const)
      expect(indicatorSchema.safeParse({ ...row, [column]: bad }).success, column).toBe(false);
  });
  it('accepts a formula of ids and spaced operators only', () => {
    expect(indicatorSchema.safeParse({ ...row, formula: 'ghg-total / employees-total' }).success).toBe(true);
    expect(indicatorSchema.safeParse({ ...row, formula: 'ghg-total/2' }).success).toBe(false);
  });
});

describe('highlights, report metadata and frontmatter', () => {
  it('keeps a highlight value as written, in its base unit with the call-out\'s scale, and refuses a formatted one', () => {
    const base = { id: 'farmers', section: 'chapter/section', label: 'Farmers served', qualifier: '', value: '3980000', unit: '', scale: 'million', decimals: '' };
    expect(highlightSchema.parse(base)).toMatchObject({ value: '3980000', qualifier: undefined, scale: 'million', decimals: undefined });
    expect(highlightSchema.parse({ ...base, value: '21400000', decimals: '2' })).toMatchObject({ decimals: 2 });
    expect(highlightSchema.safeParse({ ...base, value: '3.98 million' }).success).toBe(false);
    expect(highlightSchema.safeParse({ ...base, scale: 'millions' }).success).toBe(false);
  });

  it('makes the publication date optional, and refuses an invented format', () => {
    const report = {
      issuer: 'Example',
      title: 'Report',
      year: 2024,
      years: [2024],
      period: { start: '2024-01-01', end: '2024-12-31' },
      guide: { name: 'Guide', version: '1' },
      brandColour: '#123456',
    };
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(reportSchema.safeParse({ ...report, published: '24 March 2025' }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, brandColour: 'blue' }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, colour: '#123456' }).success).toBe(false);
  });

  it('requires title, order and summary in frontmatter', () => {
    expect(sectionFrontmatterSchema.safeParse({ title: 'A', order: 1, summary: 'B' }).success).toBe(true);
    expect(sectionFrontmatterSchema.safeParse({ title: 'A', order: 1 }).success).toBe(false);
    expect(sectionFrontmatterSchema.safeParse({ title: 'A', order: 1, summary: 'B', number: '3' }).success).toBe(false);
  });
});
