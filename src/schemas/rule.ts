/**
 * Consistency rules (`data/rules.csv`) and their recorded exceptions (`data/rule-exceptions.csv`).
 *
 * Four kinds: `sum` (parts equal a whole), `ratio` (a figure equals a formula of others, e.g. an intensity),
 * `bound` (values of one indicator, or of every indicator in a unit, lie in a range and/or are whole numbers),
 * `jump` (a change on the year before beyond a threshold is a warning). Breakdown sums and formula checks are
 * also derived from data/indicators.csv without a row here (see src/validation/consistency.ts).
 */
import { z } from 'astro/zod';
import { KEBAB_ID, kebabId, oneOf, optionalDecimalText, optionalKebabId, optionalOneOf, optionalText, text, year } from './cells.ts';

export const RULE_KINDS = ['sum', 'ratio', 'bound', 'jump'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const ID = KEBAB_ID.source.slice(1, -1);
/** "whole = part + part", "result = a / b" (ids separated by spaced operators; "-" is left out: ids hold hyphens). */
export const RULE_EXPRESSION = new RegExp(`^${ID} = ${ID}(?: [+*/] ${ID})+$`);

export const ruleColumns = z.object({
  id: kebabId('Stable kebab-case id of the rule; also its anchor on /data-quality/ and its key in data/rule-exceptions.csv.'),
  kind: oneOf(RULE_KINDS, 'sum, ratio, bound or jump.'),
  label: text('What the rule checks, in a few words; error messages and /data-quality/ name it, e.g. "employees by sex".'),
  expression: optionalText(
    'sum and ratio: "whole = part + part" or "result = a / b", with indicator ids and spaced operators (+, *, /).',
  ).refine((value) => value === undefined || RULE_EXPRESSION.test(value), {
    error: 'expected "id = id + id" or "id = id / id": indicator ids with spaced operators',
  }),
  indicator: optionalKebabId('bound and jump: the one indicator the rule applies to.'),
  unit: optionalText('bound and jump: apply to every indicator with this unit (as in data/indicators.csv), e.g. "%".'),
  min: optionalDecimalText('bound: the smallest value allowed.'),
  max: optionalDecimalText('bound: the largest value allowed.'),
  whole: optionalOneOf(['yes', 'no'] as const, 'bound: "yes" when values are counts: whole numbers, and exact (no rounding tolerance).'),
  threshold: optionalDecimalText('jump: the largest change on the year before, in percent of the earlier value, that needs no explanation.'),
  note: optionalText('Why the rule holds, or where it comes from.'),
});

const forbid = (row: Record<string, unknown>, columns: string[], kind: string, context: z.RefinementCtx) => {
  for (const column of columns)
    if (row[column] !== undefined) context.addIssue({ code: 'custom', path: [column], message: `expected an empty cell for a ${kind} rule` });
};

export const ruleRowSchema = ruleColumns.superRefine((row, context) => {
  const need = (column: keyof typeof row, message: string) => {
    if (row[column] === undefined) context.addIssue({ code: 'custom', path: [column], message });
  };
  if (row.kind === 'sum' || row.kind === 'ratio') {
    need('expression', `expected an expression for a ${row.kind} rule, such as "employees-total = employees-female + employees-male"`);
    forbid(row, ['indicator', 'unit', 'min', 'max', 'whole', 'threshold'], row.kind, context);
    const operators = row.expression?.split(' ').filter((part) => /^[+*/]$/.test(part)) ?? [];
    if (row.kind === 'sum' && operators.some((operator) => operator !== '+'))
      context.addIssue({ code: 'custom', path: ['expression'], message: 'expected only "+" in a sum rule; use a ratio rule for "*" and "/"' });
    if (row.kind === 'ratio' && operators.length > 0 && operators.every((operator) => operator === '+'))
      context.addIssue({ code: 'custom', path: ['expression'], message: 'expected "*" or "/" in a ratio rule; use a sum rule for "+" only' });
  }
  if (row.kind === 'bound' || row.kind === 'jump') {
    forbid(row, ['expression'], row.kind, context);
    if (row.indicator !== undefined && row.unit !== undefined)
      context.addIssue({ code: 'custom', path: ['unit'], message: 'expected either indicator or unit, not both' });
  }
  if (row.kind === 'bound') {
    if (row.indicator === undefined && row.unit === undefined)
      context.addIssue({ code: 'custom', path: ['indicator'], message: 'expected an indicator id or a unit for a bound rule' });
    if (row.min === undefined && row.max === undefined && row.whole !== 'yes')
      context.addIssue({ code: 'custom', path: ['min'], message: 'expected min, max or whole "yes" for a bound rule' });
    forbid(row, ['threshold'], row.kind, context);
  }
  if (row.kind === 'jump') {
    need('threshold', 'expected a threshold in percent for a jump rule, such as 50');
    forbid(row, ['min', 'max', 'whole'], row.kind, context);
  }
});

export type RuleRow = z.infer<typeof ruleRowSchema>;

export const ruleExceptionSchema = z.object({
  rule: kebabId('Id of the rule, as /data-quality/ shows it (a row of data/rules.csv, or a derived "breakdown-…" or "formula-…" rule).'),
  indicator: optionalKebabId('For bound and jump rules: the indicator the check is about; empty for sum and ratio rules.'),
  year: year('The year whose check fails or warns.'),
  reason: text(
    'Why the figures stand as published: the report’s own inconsistency (not corrected), or the explanation of a change on the year before.',
  ),
});

export type RuleException = z.infer<typeof ruleExceptionSchema>;
