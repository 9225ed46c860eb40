/** A value cell of the model: a number with its written precision, or a status. Never NaN, never 0 for a status. */
import type { ValueRow } from '../schemas/value.ts';

export type CellValue =
  | { kind: 'number'; value: number; /** as written in data/, e.g. "16.10" */ text: string; note?: string }
  | { kind: 'not-applicable'; note?: string }
  | { kind: 'not-disclosed'; note?: string };

export function cellOf(row: ValueRow): CellValue {
  if (row.status === 'reported') return { kind: 'number', value: Number(row.value), text: row.value!, note: row.note };
  return { kind: row.status, note: row.note };
}
