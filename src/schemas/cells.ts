/**
 * Zod builders for CSV cells. Every cell arrives as a string; these turn it into a typed value
 * or fail with a message that says what was expected (the loader adds file, line, column and the value).
 */
import { z } from 'astro/zod';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A plain decimal as written by an editor: no thousands separator, no unit, no spaces. */
export const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A required, trimmed, non-empty text cell. */
export const text = () => z.string().trim().min(1, { error: 'expected a non-empty text' });

/** An optional text cell: an empty cell becomes undefined. */
export const optionalText = () =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value));

/** A stable identifier in kebab-case (lower-case letters, digits and single hyphens). */
export const kebabId = () =>
  z.string().trim().regex(KEBAB_ID, { error: 'expected a kebab-case id such as "ghg-scope-1"' });

/** An optional kebab-case id: an empty cell becomes undefined. */
export const optionalKebabId = () =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || KEBAB_ID.test(value), {
      error: 'expected a kebab-case id such as "employees-total", or an empty cell',
    })
    .transform((value) => (value === '' ? undefined : value));

/** One of a fixed list of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .pipe(z.enum(values, { error: `expected one of: ${values.join(', ')}` }));

/** A calendar year with four digits. */
export const year = () =>
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: 'expected a four-digit year such as 2024' })
    .transform(Number);

/** A whole number (e.g. an age). */
export const wholeNumber = () =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'expected a whole number such as 42' })
    .transform(Number);

/**
 * A decimal number kept as the text the editor wrote, so that its published precision survives
 * ("16.10" keeps two decimals). Thousands separators are refused: an unquoted "1,701.13" would
 * otherwise split into two cells, and a quoted one is ambiguous across locales.
 */
export const decimalText = () =>
  z.string().trim().regex(PLAIN_DECIMAL, {
    error: 'expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces)',
  });

/** An optional decimal (see decimalText): an empty cell becomes undefined. */
export const optionalDecimalText = () =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || PLAIN_DECIMAL.test(value), {
      error: 'expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell',
    })
    .transform((value) => (value === '' ? undefined : value));

/** A list of words separated by spaces (e.g. HKEX codes "A1.2 A1.3"); empty gives []. */
export const wordList = (word: RegExp, example: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || value.split(/\s+/).every((item) => word.test(item)), {
      error: `expected a space-separated list such as "${example}"`,
    })
    .transform((value) => (value === '' ? [] : value.split(/\s+/)));
