/** Year-on-year change of an indicator: absolute and percent, or the reason there is none. */
import { decimalsOf } from '../lib/format.ts';
import type { CellValue } from './values.ts';

export type Change =
  | {
      kind: 'change';
      from: number;
      to: number;
      fromYear: number;
      toYear: number;
      /** to − from, with the decimals of the more precise of the two values. */
      absolute: number;
      decimals: number;
      /** Relative change in percent. */
      percent: number;
    }
  | { kind: 'none'; reason: 'no-earlier-year' | 'earlier-not-reported' | 'not-reported' | 'zero-base'; fromYear?: number; toYear: number };

/** The change from the year before `year` (the previous year with a row) to `year`. */
export function yearOnYear(values: Map<number, CellValue>, year: number): Change {
  const current = values.get(year);
  const fromYear = [...values.keys()].filter((item) => item < year).sort((a, b) => b - a)[0];
  if (!current || current.kind !== 'number') return { kind: 'none', reason: 'not-reported', toYear: year, fromYear };
  if (fromYear === undefined) return { kind: 'none', reason: 'no-earlier-year', toYear: year };
  const previous = values.get(fromYear)!;
  if (previous.kind !== 'number') return { kind: 'none', reason: 'earlier-not-reported', fromYear, toYear: year };
  if (previous.value === 0) return { kind: 'none', reason: 'zero-base', fromYear, toYear: year };
  const decimals = Math.max(decimalsOf(current.text), decimalsOf(previous.text));
  const absolute = Number((current.value - previous.value).toFixed(decimals));
  return {
    kind: 'change',
    from: previous.value,
    to: current.value,
    fromYear,
    toYear: year,
    absolute,
    decimals,
    percent: ((current.value - previous.value) / Math.abs(previous.value)) * 100,
  };
}
