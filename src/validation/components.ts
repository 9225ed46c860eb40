/**
 * MDX component usage: every component a section uses must exist, with the attributes it needs, and
 * every id, year and list it names must exist in data/. The rules per component live in one table.
 */
import { type DataError, quoteValue } from '../loaders/errors.ts';
import type { AttributeValue, ComponentUsage, SectionSource } from '../loaders/mdx.ts';
import type { ProjectData } from '../loaders/project.ts';
import { didYouMean } from '../loaders/suggest.ts';
import { SCALES } from '../lib/scale.ts';

type AttributeKind = 'string' | 'number' | 'boolean' | 'strings' | 'numbers';

interface ComponentRule {
  required: Record<string, AttributeKind>;
  optional: Record<string, AttributeKind>;
}

/** The components sections may use, and their attributes. Keep in step with src/components/mdx.ts. */
export const COMPONENT_RULES: Record<string, ComponentRule> = {
  Value: { required: { id: 'string' }, optional: { year: 'number', unit: 'boolean', scale: 'string', decimals: 'number' } },
  Highlights: { required: { ids: 'strings' }, optional: {} },
  CaseStudy: { required: { title: 'string' }, optional: {} },
  Quote: { required: { by: 'string' }, optional: {} },
  DataTable: {
    required: { caption: 'string', indicators: 'strings' },
    optional: { years: 'numbers', labels: 'strings', units: 'strings' },
  },
  Chart: { required: {}, optional: { indicator: 'string', indicators: 'strings', dimension: 'string', title: 'string' } },
  BoardMembers: { required: {}, optional: {} },
  StakeholderCommunication: { required: {}, optional: {} },
};

function kindOf(value: AttributeValue): AttributeKind | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'strings';
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return 'numbers';
  return undefined;
}

export function checkComponentUsage(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const { causes } = data;
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));
  const highlightIds = new Set(data.highlights.map((row) => row.data.id));
  const valueKeys = new Set(data.values.map((row) => `${row.data.indicator} ${row.data.year}`));
  const years = new Set(data.report.years);
  const yearNames = data.report.years.map(String);
  const componentNames = Object.keys(COMPONENT_RULES);

  const check = (section: SectionSource, usage: ComponentUsage) => {
    const fail = (message: string) =>
      errors.push({ file: section.file, line: usage.line, column: usage.column, message: `<${usage.name}>: ${message}` });
    /** An indicator id that is not in data/indicators.csv, unless a refused row or file explains it. */
    const unknownIndicator = (id: string) => {
      if (!causes.explains('indicators', id))
        fail(`unknown indicator id ${quoteValue(id)}: expected an id from data/indicators.csv${didYouMean(id, indicatorIds)}`);
    };
    const rule = COMPONENT_RULES[usage.name];
    if (!rule) {
      if (/^[A-Z]/.test(usage.name)) fail(`unknown component: expected one of ${componentNames.join(', ')}${didYouMean(usage.name, componentNames)}`);
      return;
    }
    const allowed = [...Object.keys(rule.required), ...Object.keys(rule.optional)];
    for (const [name, kind] of Object.entries(rule.required))
      if (!(name in usage.attributes)) fail(`missing attribute ${name} (${kind})`);
    for (const [name, value] of Object.entries(usage.attributes)) {
      const kind = rule.required[name] ?? rule.optional[name];
      if (!kind) fail(`unknown attribute ${name}: expected ${allowed.join(', ') || 'none'}${didYouMean(name, allowed)}`);
      else if (kindOf(value) !== kind) fail(`attribute ${name}: expected ${kind} (found ${quoteValue(JSON.stringify(value))})`);
    }
    const attributes = usage.attributes;
    const year = typeof attributes.year === 'number' ? attributes.year : data.report.year;
    const checkIndicatorYear = (id: string, forYear: number) => {
      if (!years.has(forYear)) fail(`year ${forYear} is not declared: expected one of ${data.report.years.join(', ')}${didYouMean(String(forYear), yearNames)}`);
      else if (!valueKeys.has(`${id} ${forYear}`) && !causes.explains('values', `${id} ${forYear}`))
        fail(`indicator ${quoteValue(id)} has no value for ${forYear} in data/values.csv`);
    };
    switch (usage.name) {
      case 'Value': {
        const id = String(attributes.id);
        if (highlightIds.has(id)) {
          if ('year' in attributes) fail(`highlight ${quoteValue(id)} has no years: remove the year attribute`);
        } else if (indicatorIds.has(id)) {
          checkIndicatorYear(id, year);
          checkCitedStatus(data, id, year, fail);
        } else if (!causes.explains('highlights', id) && !causes.explains('indicators', id))
          fail(
            `unknown id ${quoteValue(id)}: expected an indicator id (data/indicators.csv) or a highlight id (data/highlights.csv)` +
              didYouMean(id, [...indicatorIds, ...highlightIds]),
          );
        const scales = ['none', ...Object.keys(SCALES)];
        if (typeof attributes.scale === 'string' && !scales.includes(attributes.scale))
          fail(`attribute scale: expected one of ${scales.join(', ')} (found ${quoteValue(attributes.scale)})${didYouMean(attributes.scale, scales)}`);
        if (typeof attributes.decimals === 'number' && !(Number.isInteger(attributes.decimals) && attributes.decimals >= 0 && attributes.decimals <= 6))
          fail(`attribute decimals: expected a whole number from 0 to 6 (found ${attributes.decimals})`);
        break;
      }
      case 'Highlights':
        for (const id of (attributes.ids as string[] | undefined) ?? [])
          if (!highlightIds.has(id) && !causes.explains('highlights', id))
            fail(`unknown highlight id ${quoteValue(id)}: expected an id from data/highlights.csv${didYouMean(id, highlightIds)}`);
        break;
      case 'Chart': {
        const single = typeof attributes.indicator === 'string' ? [attributes.indicator] : [];
        const ids = [...single, ...((attributes.indicators as string[] | undefined) ?? [])];
        if (ids.length === 0) fail('expected indicator="id" or indicators={["id", …]}');
        if (single.length > 0 && 'indicators' in attributes) fail('expected indicator or indicators, not both');
        for (const id of ids) if (!indicatorIds.has(id)) unknownIndicator(id);
        if ('dimension' in attributes && !causes.isUnusable('indicators')) {
          const children = data.indicators.filter((row) => row.data.parent === attributes.indicator && row.data.dimension === attributes.dimension);
          if (single.length === 0) fail('dimension needs indicator="id" (the parent of the breakdown)');
          else if (indicatorIds.has(single[0]!) && children.length === 0)
            fail(`indicator ${quoteValue(single[0]!)} has no breakdown by ${quoteValue(String(attributes.dimension))}`);
        }
        break;
      }
      case 'DataTable': {
        const ids = (attributes.indicators as string[] | undefined) ?? [];
        const tableYears = (attributes.years as number[] | undefined) ?? data.report.years;
        for (const id of ids) {
          if (!indicatorIds.has(id)) unknownIndicator(id);
          else for (const forYear of tableYears) checkIndicatorYear(id, forYear);
        }
        for (const list of ['labels', 'units'] as const) {
          const items = attributes[list] as string[] | undefined;
          if (items && items.length !== ids.length)
            fail(`${list} has ${items.length} items but indicators has ${ids.length}: expected one per indicator`);
        }
        break;
      }
    }
  };

  for (const section of data.sections) for (const usage of section.components) check(section, usage);
  return errors;
}

/**
 * A value that is not applicable or not disclosed has no number: prose that cites it as a figure ("emissions of
 * <Value …/> tonnes") would print "Not applicable tonnes". Refused unless the sentence is written for words (no unit).
 */
function checkCitedStatus(data: ProjectData, id: string, year: number, fail: (message: string) => void): void {
  const row = data.values.find((value) => value.data.indicator === id && value.data.year === year);
  if (!row || row.data.status === 'reported') return;
  fail(
    `indicator ${quoteValue(id)} is ${row.data.status} for ${year} (data/values.csv line ${row.line}): it has no number to cite; ` +
      'say so in words instead of citing it as a figure',
  );
}
