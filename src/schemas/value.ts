/** Indicator values (`data/values.csv`): long format, one row per indicator per year. */
import { z } from 'astro/zod';
import Big from 'big.js';
import { kebabId, optionalDecimalText, optionalOneOf, optionalText, year } from './cells.ts';

/**
 * "reported" carries a number; the others carry none. Four states in all, with "invalid" being
 * a build error: never NaN, never 0 for "not applicable".
 */
export const VALUE_STATUSES = ['reported', 'not-applicable', 'not-disclosed'] as const;

/** The columns of values.csv, before the checks between columns. */
export const valueColumns = z.object({
  indicator: kebabId('Indicator id from data/indicators.csv.'),
  year: year('Reporting year; one of the years declared in data/report.json.'),
  value: optionalDecimalText('The number as published: a plain decimal with its published decimals ("16.10"); empty unless reported.'),
  status: optionalOneOf(
    VALUE_STATUSES,
    'reported (the default when empty), not-applicable (also the report\'s "/"), or not-disclosed.',
    'reported',
  ),
  note: optionalText('Optional footnote shown with the value.'),
  // Restatements: an extension of the value row. Both empty for a figure published for the first time.
  previous: optionalDecimalText(
    'When this value restates a figure published in an earlier report: that earlier figure, as published ("1397.96"); empty otherwise.',
  ),
  reason: optionalText('Why the earlier published figure was restated (required with previous), e.g. "emission factors updated".'),
});

export const valueRowSchema = valueColumns
  .transform((row) => ({ ...row, status: row.status ?? 'reported' }))
  .superRefine((row, context) => {
    if (row.status === 'reported' && row.value === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'expected a number; an empty value needs status not-applicable or not-disclosed',
      });
    }
    if (row.status !== 'reported' && row.value !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `expected an empty value when status is ${row.status}`,
      });
    }
    if (row.previous !== undefined && row.reason === undefined) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'a restatement needs its reason: say why the earlier figure changed' });
    }
    if (row.reason !== undefined && row.previous === undefined) {
      context.addIssue({ code: 'custom', path: ['previous'], message: 'a restatement reason needs the earlier published figure in previous' });
    }
    // Compared as decimals: "16.1" restated as "16.10" is the same figure, so no restatement.
    if (row.previous !== undefined && row.value !== undefined && new Big(row.previous).eq(new Big(row.value))) {
      context.addIssue({
        code: 'custom',
        path: ['previous'],
        message: `a restatement's earlier figure equals the value ${row.value}: leave previous and reason empty when the figure did not change`,
      });
    }
  });

export type ValueRow = z.infer<typeof valueRowSchema>;
