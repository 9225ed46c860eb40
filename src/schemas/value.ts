/** Indicator values (`data/values.csv`): long format, one row per indicator per year. */
import { z } from 'astro/zod';
import { kebabId, oneOf, optionalDecimalText, optionalText, year } from './cells.ts';

/**
 * "reported" carries a number; the others carry none. Four states in all, with "invalid" being
 * a build error: never NaN, never 0 for "not applicable".
 */
export const VALUE_STATUSES = ['reported', 'not-applicable', 'not-disclosed'] as const;

export const valueRowSchema = z
  .object({
    /** Indicator id from `data/indicators.csv`. */
    indicator: kebabId(),
    /** Reporting year; must be one of the years declared in `data/report.json`. */
    year: year(),
    /** The number as published, plain decimal with its published decimals ("16.10"). Empty unless reported. */
    value: optionalDecimalText(),
    /** reported (default when empty), not-applicable (also the report's "/"), not-disclosed. */
    status: z
      .string()
      .trim()
      .transform((value) => (value === '' ? 'reported' : value))
      .pipe(oneOf(VALUE_STATUSES)),
    /** Optional footnote shown with the value. */
    note: optionalText(),
  })
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
