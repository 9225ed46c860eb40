/** The indicator registry (`data/indicators.csv`): one row per statistic the report publishes. */
import { z } from 'astro/zod';
import { KEBAB_ID, kebabId, oneOf, optionalKebabId, optionalOneOf, optionalText, text, wordList } from './cells.ts';
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
export const NUMBER_FORMATS = ['number', 'percent'] as const;

const ID = KEBAB_ID.source.slice(1, -1);
/** A formula: ids joined by spaced operators ("-" is left out: ids contain hyphens). */
export const FORMULA = new RegExp(`^${ID}(?: [+*/] ${ID})+$`);

export const indicatorSchema = z.object({
  id: kebabId('Stable kebab-case id; also the URL /indicators/<id>/.'),
  name: text("Name as the report's statistics table prints it (OCR slips fixed)."),
  label: optionalText('Short label within its breakdown or table group, e.g. "Female"; defaults to the name.'),
  unit: text('Unit as published, e.g. "tCO2e", "tonnes/employee", "%", "people".'),
  pillar: oneOf(PILLARS, 'ESG pillar: E environmental, S social, G governance.'),
  topic: text('Topic; also the group heading in the statistics table, e.g. "Emissions".'),
  hkex: wordList(PROVISION_CODE, 'A1.2 A1.3', 'HKEX ESG Guide provision codes this indicator quantifies, space-separated.'),
  parent: optionalKebabId('The indicator this row breaks down (employees-female → employees-total); empty for a top-level one.'),
  dimension: optionalOneOf(DIMENSIONS, 'What a breakdown splits by; required when parent is set.'),
  format: oneOf(NUMBER_FORMATS, 'How values print: number (1,701.13) or percent (28%). Decimals come from each value as written.'),
  definition: text('Definition or method note, in plain text.'),
  formula: optionalText('For a derived figure: indicator ids joined by " + ", " * " or " / ", e.g. "ghg-total / employees-total".').refine(
    (value) => value === undefined || FORMULA.test(value),
    { error: 'expected indicator ids joined by " + ", " * " or " / ", such as "ghg-total / employees-total"' },
  ),
});

export type Indicator = z.infer<typeof indicatorSchema>;
