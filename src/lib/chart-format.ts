/**
 * Numbers on a chart: axis ticks and tooltips keep the significant digits of the data, so 0.0004 never
 * reads "0" and 12,345,678 keeps its digits and thousands separators. Pure functions, shared by the
 * build (tests) and the browser (chart-render.ts).
 */
import { withUnit } from './units.ts';

/** Decimals needed to tell ticks `step` apart: 0.0001 → 4, 0.5 → 1, 2,000,000 → 0. */
export function decimalsForStep(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  // Round the logarithm first: floating steps such as 0.30000000000000004 must not ask for 17 decimals.
  const magnitude = Math.floor(Math.log10(step) + 1e-9);
  const leading = step / 10 ** magnitude;
  // A step such as 0.25 needs one more decimal than its magnitude.
  const extra = Math.abs(leading - Math.round(leading)) > 1e-6 ? 1 : 0;
  return Math.max(0, -magnitude + extra);
}

/**
 * Formats every tick of one axis with the decimals its step needs: [0, 0.0001, …, 0.0004] →
 * "0", "0.0001", …, "0.0004"; [0, 2000000, …] → "0", "2,000,000", ….
 */
export function formatTicks(values: number[], locale = 'en'): string[] {
  const sorted = [...values].sort((a, b) => a - b);
  const steps = sorted.slice(1).map((value, index) => value - sorted[index]!).filter((step) => step > 0);
  const step = steps.length > 0 ? Math.min(...steps) : Math.abs(sorted[0] ?? 0);
  const decimals = Math.min(20, decimalsForStep(step));
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: decimals });
  return values.map((value) => format.format(value).replace('-', '\u2212'));
}

/** A tooltip line: "Scope 1: 16.57 tCO2e"; the value text is the one the table prints (no rounding). */
export function tooltipLine(label: string, text: string | null, unit: string): string {
  return `${label}: ${text === null ? '–' : withUnit(text, unit)}`;
}

/**
 * The axis `ticks.precision` for a chart: 0 when every plotted value is a whole number (people, cases, days),
 * so a count from 0 to 2 is ticked 0, 1, 2 and never 0.2, 0.4, …; otherwise undefined (chart.js picks the step).
 */
export function tickPrecision(series: readonly (readonly (number | null)[])[]): 0 | undefined {
  const values = series.flat().filter((value): value is number => value !== null);
  return values.length > 0 && values.every(Number.isInteger) ? 0 : undefined;
}
