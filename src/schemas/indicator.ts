/** The indicator registry (`data/indicators.csv`): one row per statistic the report publishes. */
import { z } from 'astro/zod';
import { KEBAB_ID, kebabId, oneOf, optionalKebabId, optionalText, text, wordList } from './cells.ts';
import { PROVISION_CODE } from './provision.ts';

export const PILLARS = ['E', 'S', 'G'] as const;
export const DIMENSIONS = [
  'sex',
  'age-group',
  'region',
  'employee-category',
  'employment-type',
  'scope',
  'energy-type',
  'waste-type',
] as const;
const ID = KEBAB_ID.source.slice(1, -1);
/** A formula: ids joined by spaced operators ("-" is left out: ids contain hyphens). */
export const FORMULA = new RegExp(`^${ID}(?: [+*/] ${ID})+$`);

export const NUMBER_FORMATS = ['number', 'percent'] as const;

export const indicatorSchema = z.object({
  /** Stable kebab-case id; also the URL `/indicators/<id>/`. */
  id: kebabId(),
  /** Name as the report's statistics table prints it (OCR slips fixed). */
  name: text(),
  /** Unit as published, e.g. "tCO2e", "tonnes/employee", "%", "people". */
  unit: text(),
  /** ESG pillar: E environmental, S social, G governance. */
  pillar: oneOf(PILLARS),
  /** Topic, also the group heading in the statistics table, e.g. "Emissions", "Employment". */
  topic: text(),
  /** HKEX ESG Guide provision codes this indicator quantifies, space-separated: "A1.2". */
  hkex: wordList(PROVISION_CODE, 'A1.2 A1.3'),
  /** The indicator this row breaks down (e.g. employees-female → employees-total); empty for a top-level one. */
  parent: optionalKebabId(),
  /** What the breakdown splits by; required when `parent` is set. */
  dimension: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.enum(DIMENSIONS, { error: `expected one of: ${DIMENSIONS.join(', ')}, or an empty cell` }).optional()),
  /** How values print: "number" (1,701.13) or "percent" (28%). Decimals come from each value as written. */
  format: oneOf(NUMBER_FORMATS),
  /** Definition or method note, in plain text. */
  definition: text(),
  /** Optional formula for a derived figure, in indicator ids: "ghg-total / employees-total". */
  formula: optionalText().refine((value) => value === undefined || FORMULA.test(value), {
    error: 'expected indicator ids joined by " + ", " * " or " / ", such as "ghg-total / employees-total"',
  }),
});

export type Indicator = z.infer<typeof indicatorSchema>;
