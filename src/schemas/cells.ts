/**
 * Zod builders for CSV cells. Every cell arrives as a string; these turn it into a typed value or fail with
 * a message that says what was expected (the loader adds file, line, column and the value).
 * Each builder takes the column's description and records it, with the column's Frictionless type, as
 * metadata: the editors' column reference and data/datapackage.json are generated from it.
 */
import { z } from 'astro/zod';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A plain decimal as written by an editor: no thousands separator, no unit, no spaces. */
export const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** What a column means and how a Frictionless Table Schema types it. */
export interface ColumnMeta {
  description: string;
  type: 'string' | 'integer' | 'number' | 'year';
  /** The words allowed, for enumerations. */
  enum?: readonly string[];
  /** A regular expression every non-empty value matches. */
  pattern?: string;
  /** True when the cell may not be empty. */
  required: boolean;
}

const described = <T extends z.ZodType>(schema: T, meta: ColumnMeta) => schema.meta({ ...meta });

/** The metadata of a column schema built here. */
export function columnMeta(schema: z.ZodType): ColumnMeta | undefined {
  return schema.meta() as ColumnMeta | undefined;
}

/** A required, trimmed, non-empty text cell. */
export const text = (description: string) =>
  described(z.string().trim().min(1, { error: 'expected a non-empty text' }), { description, type: 'string', required: true });

/** A required text cell that must match a pattern. */
export const patternText = (description: string, pattern: RegExp, error: string) =>
  described(z.string().trim().regex(pattern, { error }), { description, type: 'string', required: true, pattern: pattern.source });

/** An optional text cell: an empty cell becomes undefined. */
export const optionalText = (description: string) =>
  described(
    z
      .string()
      .trim()
      .transform((value) => (value === '' ? undefined : value)),
    { description, type: 'string', required: false },
  );

/** A stable identifier in kebab-case (lower-case letters, digits and single hyphens). */
export const kebabId = (description: string) =>
  described(z.string().trim().regex(KEBAB_ID, { error: 'expected a kebab-case id such as "ghg-scope-1"' }), {
    description,
    type: 'string',
    required: true,
    pattern: KEBAB_ID.source,
  });

/** An optional kebab-case id: an empty cell becomes undefined. */
export const optionalKebabId = (description: string) =>
  described(
    z
      .string()
      .trim()
      .refine((value) => value === '' || KEBAB_ID.test(value), {
        error: 'expected a kebab-case id such as "employees-total", or an empty cell',
      })
      .transform((value) => (value === '' ? undefined : value)),
    { description, type: 'string', required: false, pattern: KEBAB_ID.source },
  );

/** One of a fixed list of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  described(
    z
      .string()
      .trim()
      .pipe(z.enum(values, { error: `expected one of: ${values.join(', ')}` })),
    { description, type: 'string', required: true, enum: values },
  );

/** One of a fixed list of words, or an empty cell (which becomes `emptyAs`). */
export const optionalOneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  description: string,
  emptyAs?: T[number],
) =>
  described(
    z
      .string()
      .trim()
      .transform((value) => (value === '' ? emptyAs : value))
      .pipe(z.enum(values, { error: `expected one of: ${values.join(', ')}, or an empty cell` }).optional()),
    { description, type: 'string', required: false, enum: values },
  );

/** A calendar year with four digits. */
export const year = (description: string) =>
  described(
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, { error: 'expected a four-digit year such as 2024' })
      .transform(Number),
    { description, type: 'year', required: true },
  );

/** A whole number (e.g. an age). */
export const wholeNumber = (description: string) =>
  described(
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: 'expected a whole number such as 42' })
      .transform(Number),
    { description, type: 'integer', required: true },
  );

/** An optional whole number: an empty cell becomes undefined. */
export const optionalWholeNumber = (description: string) =>
  described(
    z
      .string()
      .trim()
      .regex(/^\d*$/, { error: 'expected a whole number such as 2, or an empty cell' })
      .transform((value) => (value === '' ? undefined : Number(value))),
    { description, type: 'integer', required: false },
  );

const DECIMAL_ERROR = 'expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces)';

/**
 * A decimal number kept as the text the editor wrote, so that its published precision survives
 * ("16.10" keeps two decimals). Thousands separators are refused: an unquoted "1,701.13" would
 * otherwise split into two cells, and a quoted one is ambiguous across locales.
 */
export const decimalText = (description: string) =>
  described(z.string().trim().regex(PLAIN_DECIMAL, { error: DECIMAL_ERROR }), {
    description,
    type: 'number',
    required: true,
  });

/** An optional decimal (see decimalText): an empty cell becomes undefined. */
export const optionalDecimalText = (description: string) =>
  described(
    z
      .string()
      .trim()
      .refine((value) => value === '' || PLAIN_DECIMAL.test(value), { error: `${DECIMAL_ERROR}, or an empty cell` })
      .transform((value) => (value === '' ? undefined : value)),
    { description, type: 'number', required: false },
  );

/** A list of words separated by spaces (e.g. HKEX codes "A1.2 A1.3"); empty gives []. An error names the item at fault, in full. */
export const wordList = (word: RegExp, example: string, description: string) =>
  described(
    z
      .string()
      .trim()
      .superRefine((value, context) => {
        const bad = value === '' ? undefined : value.split(/\s+/).find((item) => !word.test(item));
        if (bad !== undefined)
          context.addIssue({ code: 'custom', message: `item ${JSON.stringify(bad)} is not valid: expected a space-separated list such as "${example}"` });
      })
      .transform((value) => (value === '' ? [] : value.split(/\s+/))),
    { description, type: 'string', required: false },
  );
