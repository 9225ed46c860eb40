/** Indicator values (`data/values.csv`): long format, one row per indicator per year. */
import { z } from 'astro/zod';
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
  });

export type ValueRow = z.infer<typeof valueRowSchema>;
