/**
 * The MDX components sections may use: one registry entry per component, with its attributes as a zod schema, the
 * indicator and highlight ids it cites, and its checks against the data. Validation (below), the model's backlinks
 * (model/build.ts reads `citedIds`) and rendering (components/mdx.ts is typed by `ComponentName`) all read it, so a
 * new component is one entry here and one .astro file.
 */
import { z } from 'astro/zod';
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { foundText, issueMessage } from '../loaders/issue-words.ts';
import type { AttributeValue, ComponentUsage, SectionSource } from '../loaders/mdx.ts';
import type { ProjectData } from '../loaders/project.ts';
import { didYouMean } from '../loaders/suggest.ts';
import { SCALES } from '../lib/scale.ts';

/** What a component's checks can ask about the data. */
export interface CheckContext {
  data: ProjectData;
  /** Report a problem at the component's place. */
  fail: (message: string) => void;
  /** Checks that `id` is an indicator (or a refused row explains it); false when it is not. */
  indicator: (id: string) => boolean;
  /** Checks that `id` has a value for `year` (a declared year). */
  indicatorYear: (id: string, year: number) => void;
  highlightIds: Set<string>;
  indicatorIds: Set<string>;
}

interface ComponentSpec<S extends z.ZodType> {
  /** The attributes, as MDX writes them (literals: strings, numbers, booleans, arrays). */
  attributes: S;
  /** Indicator and highlight ids it cites (for backlinks: "sections that cite this indicator"). */
  cites: (attributes: z.output<S>) => string[];
  /** Checks against the data, after the attributes passed their schema. */
  check?: (attributes: z.output<S>, context: CheckContext) => void;
}

const component = <S extends z.ZodType>(spec: ComponentSpec<S>) => spec;
const ids = z.array(z.string());
const none = () => [];

const SCALE_NAMES = ['none', ...Object.keys(SCALES)] as [string, ...string[]];

export const COMPONENTS = {
  Value: component({
    attributes: z.strictObject({
      id: z.string(),
      year: z.number().int().optional(),
      unit: z.boolean().optional(),
      scale: z.enum(SCALE_NAMES).optional(),
      decimals: z.number().int().min(0).max(6).optional(),
    }),
    cites: (attributes) => [attributes.id],
    check: (attributes, { data, fail, indicatorIds, highlightIds, indicatorYear }) => {
      const { id } = attributes;
      if (highlightIds.has(id)) {
        if (attributes.year !== undefined) fail(`highlight ${quoteValue(id)} has no years: remove the year attribute`);
      } else if (indicatorIds.has(id)) {
        const year = attributes.year ?? data.report.year;
        indicatorYear(id, year);
        checkCitedStatus(data, id, year, fail);
      } else if (!data.causes.explains('highlights', id) && !data.causes.explains('indicators', id))
        fail(
          `unknown id ${quoteValue(id)}: expected an indicator id (data/indicators.csv) or a highlight id (data/highlights.csv)` +
            didYouMean(id, [...indicatorIds, ...highlightIds]),
        );
    },
  }),
  Highlights: component({
    attributes: z.strictObject({ ids }),
    cites: (attributes) => attributes.ids,
    check: (attributes, { data, fail, highlightIds }) => {
      for (const id of attributes.ids)
        if (!highlightIds.has(id) && !data.causes.explains('highlights', id))
          fail(`unknown highlight id ${quoteValue(id)}: expected an id from data/highlights.csv${didYouMean(id, highlightIds)}`);
    },
  }),
  CaseStudy: component({ attributes: z.strictObject({ title: z.string() }), cites: none }),
  Quote: component({ attributes: z.strictObject({ by: z.string() }), cites: none }),
  DataTable: component({
    attributes: z.strictObject({
      caption: z.string(),
      indicators: ids,
      years: z.array(z.number().int()).optional(),
      labels: ids.optional(),
      units: ids.optional(),
    }),
    cites: (attributes) => attributes.indicators,
    check: (attributes, { data, fail, indicator, indicatorYear }) => {
      for (const id of attributes.indicators)
        if (indicator(id)) for (const year of attributes.years ?? data.report.years) indicatorYear(id, year);
      for (const list of ['labels', 'units'] as const) {
        const items = attributes[list];
        if (items && items.length !== attributes.indicators.length)
          fail(`${list} has ${items.length} items but indicators has ${attributes.indicators.length}: expected one per indicator`);
      }
    },
  }),
  Chart: component({
    attributes: z.strictObject({ indicator: z.string().optional(), indicators: ids.optional(), dimension: z.string().optional(), title: z.string().optional() }),
    cites: (attributes) => [...(attributes.indicator ? [attributes.indicator] : []), ...(attributes.indicators ?? [])],
    check: (attributes, { data, fail, indicator, indicatorIds }) => {
      const all = [...(attributes.indicator ? [attributes.indicator] : []), ...(attributes.indicators ?? [])];
      if (all.length === 0) fail('expected indicator="id" or indicators={["id", …]}');
      if (attributes.indicator !== undefined && attributes.indicators !== undefined) fail('expected indicator or indicators, not both');
      for (const id of all) indicator(id);
      if (attributes.dimension !== undefined && !data.causes.isUnusable('indicators')) {
        if (attributes.indicator === undefined) fail('dimension needs indicator="id" (the parent of the breakdown)');
        else if (
          indicatorIds.has(attributes.indicator) &&
          !data.indicators.some((row) => row.data.parent === attributes.indicator && row.data.dimension === attributes.dimension)
        )
          fail(`indicator ${quoteValue(attributes.indicator)} has no breakdown by ${quoteValue(attributes.dimension)}`);
      }
    },
  }),
  BoardMembers: component({ attributes: z.strictObject({}), cites: none }),
  StakeholderCommunication: component({ attributes: z.strictObject({}), cites: none }),
};

export type ComponentName = keyof typeof COMPONENTS;
const NAMES = Object.keys(COMPONENTS) as ComponentName[];
const isComponent = (name: string): name is ComponentName => name in COMPONENTS;

/** The ids a component usage cites (empty for unknown components or attributes that fail the schema). */
export function citedIds(usage: { name: string; attributes: Record<string, unknown> }): string[] {
  if (!isComponent(usage.name)) return [];
  const spec = COMPONENTS[usage.name] as ComponentSpec<z.ZodType>;
  const parsed = spec.attributes.safeParse(usage.attributes);
  return parsed.success ? spec.cites(parsed.data) : [];
}

/**
 * A value that is not applicable or not disclosed has no number: prose that cites it as a figure ("emissions of
 * <Value …/> tonnes") would print "Not applicable tonnes". Refused at the citation.
 */
function checkCitedStatus(data: ProjectData, id: string, year: number, fail: (message: string) => void): void {
  const row = data.values.find((value) => value.data.indicator === id && value.data.year === year);
  if (!row || row.data.status === 'reported') return;
  fail(
    `indicator ${quoteValue(id)} is ${row.data.status} for ${year} (data/values.csv line ${row.line}): it has no number to cite; ` +
      'say so in words instead of citing it as a figure',
  );
}

/** The attribute errors of one usage, in the words every input file's errors use. */
function attributeErrors(spec: ComponentSpec<z.ZodType>, attributes: Record<string, AttributeValue>): string[] {
  const parsed = spec.attributes.safeParse(attributes);
  if (parsed.success) return [];
  const allowed = Object.keys((spec.attributes as unknown as z.ZodObject).shape);
  return parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const name = issue.keys[0]!;
      return `unknown attribute ${name}: expected ${allowed.join(', ') || 'none'}${didYouMean(name, allowed)}`;
    }
    const name = String(issue.path[0] ?? '');
    const found = attributes[name];
    if (found === undefined) return `missing attribute ${name}: ${issueMessage(issue, found).replace(/^missing: /, '')}`;
    const suggestion = issue.code === 'invalid_value' && typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : '';
    return `attribute ${name}: ${issueMessage(issue, found)}${foundText(found, quoteValue)}${suggestion}`;
  });
}

/** Check the components of `sections` (the English ones unless given, e.g. the translated ones). */
export function checkComponentUsage(data: ProjectData, sections: readonly Pick<SectionSource, 'file' | 'components'>[] = data.sections): DataError[] {
  const errors: DataError[] = [];
  const { causes } = data;
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));
  const highlightIds = new Set(data.highlights.map((row) => row.data.id));
  const valueKeys = new Set(data.values.map((row) => `${row.data.indicator} ${row.data.year}`));
  const years = new Set(data.report.years);
  const yearNames = data.report.years.map(String);

  const check = (section: Pick<SectionSource, 'file'>, usage: ComponentUsage) => {
    const fail = (message: string) =>
      errors.push({ file: section.file, line: usage.line, column: usage.column, message: `<${usage.name}>: ${message}` });
    if (!isComponent(usage.name)) {
      if (/^[A-Z]/.test(usage.name)) fail(`unknown component: expected one of ${NAMES.join(', ')}${didYouMean(usage.name, NAMES)}`);
      return;
    }
    const spec = COMPONENTS[usage.name] as ComponentSpec<z.ZodType>;
    const problems = attributeErrors(spec, usage.attributes);
    problems.forEach(fail);
    if (problems.length > 0 || !spec.check) return;
    spec.check(spec.attributes.parse(usage.attributes), {
      data,
      fail,
      indicatorIds,
      highlightIds,
      indicator: (id) => {
        if (indicatorIds.has(id)) return true;
        if (!causes.explains('indicators', id))
          fail(`unknown indicator id ${quoteValue(id)}: expected an id from data/indicators.csv${didYouMean(id, indicatorIds)}`);
        return false;
      },
      indicatorYear: (id, year) => {
        if (!years.has(year)) fail(`year ${year} is not declared: expected one of ${data.report.years.join(', ')}${didYouMean(String(year), yearNames)}`);
        else if (!valueKeys.has(`${id} ${year}`) && !causes.explains('values', `${id} ${year}`))
          fail(`indicator ${quoteValue(id)} has no value for ${year} in data/values.csv`);
      },
    });
  };

  for (const section of sections) for (const usage of section.components) check(section, usage);
  return errors;
}
