/**
 * MDX component usage: every component a section uses must exist, with the attributes it needs, and
 * every id, year and list it names must exist in data/. The rules per component live in one table.
 */
import { type DataError, quoteValue } from '../loaders/errors.ts';
import type { AttributeValue, ComponentUsage, SectionSource } from '../loaders/mdx.ts';
import type { ProjectData } from '../loaders/project.ts';

type AttributeKind = 'string' | 'number' | 'boolean' | 'strings' | 'numbers';

interface ComponentRule {
  required: Record<string, AttributeKind>;
  optional: Record<string, AttributeKind>;
}

/** The components sections may use, and their attributes. Keep in step with src/components/mdx.ts. */
export const COMPONENT_RULES: Record<string, ComponentRule> = {
  Value: { required: { id: 'string' }, optional: { year: 'number', unit: 'boolean' } },
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

/** Check the components of `sections` (the English ones unless given, e.g. the translated ones). */
export function checkComponentUsage(data: ProjectData, sections: readonly Pick<SectionSource, 'file' | 'components'>[] = data.sections): DataError[] {
  const errors: DataError[] = [];
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));
  const highlightIds = new Set(data.highlights.map((row) => row.data.id));
  const valueKeys = new Set(data.values.map((row) => `${row.data.indicator} ${row.data.year}`));
  const years = new Set(data.report.years);

  const check = (section: Pick<SectionSource, 'file'>, usage: ComponentUsage) => {
    const fail = (message: string) =>
      errors.push({ file: section.file, line: usage.line, column: usage.column, message: `<${usage.name}>: ${message}` });
    const rule = COMPONENT_RULES[usage.name];
    if (!rule) {
      if (/^[A-Z]/.test(usage.name)) fail(`unknown component: expected one of ${Object.keys(COMPONENT_RULES).join(', ')}`);
      return;
    }
    for (const [name, kind] of Object.entries(rule.required))
      if (!(name in usage.attributes)) fail(`missing attribute ${name} (${kind})`);
    for (const [name, value] of Object.entries(usage.attributes)) {
      const kind = rule.required[name] ?? rule.optional[name];
      if (!kind) fail(`unknown attribute ${name}: expected ${[...Object.keys(rule.required), ...Object.keys(rule.optional)].join(', ') || 'none'}`);
      else if (kindOf(value) !== kind) fail(`attribute ${name}: expected ${kind} (found ${quoteValue(JSON.stringify(value))})`);
    }
    const attributes = usage.attributes;
    const year = typeof attributes.year === 'number' ? attributes.year : data.report.year;
    const checkIndicatorYear = (id: string, forYear: number) => {
      if (!years.has(forYear)) fail(`year ${forYear} is not declared: expected one of ${data.report.years.join(', ')}`);
      else if (!valueKeys.has(`${id} ${forYear}`) && !data.rejected.values.has(`${id} ${forYear}`)) fail(`indicator ${quoteValue(id)} has no value for ${forYear} in data/values.csv`);
    };
    switch (usage.name) {
      case 'Value': {
        const id = String(attributes.id);
        if (data.rejected.highlights.has(id) || data.rejected.indicators.has(id)) break;
        if (highlightIds.has(id)) {
          if ('year' in attributes) fail(`highlight ${quoteValue(id)} has no years: remove the year attribute`);
        } else if (indicatorIds.has(id)) checkIndicatorYear(id, year);
        else fail(`unknown id ${quoteValue(id)}: expected an indicator id (data/indicators.csv) or a highlight id (data/highlights.csv)`);
        break;
      }
      case 'Highlights':
        for (const id of (attributes.ids as string[] | undefined) ?? [])
          if (!highlightIds.has(id) && !data.rejected.highlights.has(id)) fail(`unknown highlight id ${quoteValue(id)}: expected an id from data/highlights.csv`);
        break;
      case 'Chart': {
        const single = typeof attributes.indicator === 'string' ? [attributes.indicator] : [];
        const ids = [...single, ...((attributes.indicators as string[] | undefined) ?? [])];
        if (ids.length === 0) fail('expected indicator="id" or indicators={["id", …]}');
        if (single.length > 0 && 'indicators' in attributes) fail('expected indicator or indicators, not both');
        for (const id of ids) if (!indicatorIds.has(id) && !data.rejected.indicators.has(id)) fail(`unknown indicator id ${quoteValue(id)}: expected an id from data/indicators.csv`);
        if ('dimension' in attributes) {
          const children = data.indicators.filter((row) => row.data.parent === attributes.indicator && row.data.dimension === attributes.dimension);
          if (single.length === 0) fail('dimension needs indicator="id" (the parent of the breakdown)');
          else if (children.length === 0) fail(`indicator ${quoteValue(single[0]!)} has no breakdown by ${quoteValue(String(attributes.dimension))}`);
        }
        break;
      }
      case 'DataTable': {
        const ids = (attributes.indicators as string[] | undefined) ?? [];
        const tableYears = (attributes.years as number[] | undefined) ?? data.report.years;
        for (const id of ids) {
          if (data.rejected.indicators.has(id)) continue;
          if (!indicatorIds.has(id)) fail(`unknown indicator id ${quoteValue(id)}: expected an id from data/indicators.csv`);
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

  for (const section of sections) for (const usage of section.components) check(section, usage);
  return errors;
}
