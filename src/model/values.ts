/** A value cell of the model: a number with its written precision, or a status. Never NaN, never 0 for a status. */
import type { ValueRow } from '../schemas/value.ts';

/** A figure that restates one published in an earlier report: the earlier figure as published, and why it changed. */
export interface Restatement {
  /** The earlier published figure as written in data/ ("1397.96"). */
  previous: string;
  reason: string;
}

export type CellValue = (
  | { kind: 'number'; value: number; /** as written in data/, e.g. "16.10" */ text: string }
  | { kind: 'not-applicable' }
  | { kind: 'not-disclosed' }
) & { note?: string; restated?: Restatement };

export function cellOf(row: ValueRow): CellValue {
  const extra = {
    note: row.note,
    ...(row.previous !== undefined && row.reason !== undefined ? { restated: { previous: row.previous, reason: row.reason } } : {}),
  };
  if (row.status === 'reported') return { kind: 'number', value: Number(row.value), text: row.value!, ...extra };
  return { kind: row.status, ...extra };
}
