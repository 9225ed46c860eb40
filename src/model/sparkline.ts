/**
 * A trend line for a key-figure tile, computed at build time and drawn as inline SVG (no script): the
 * indicator's reported values, oldest year first, scaled into a viewBox. Years without a number are gaps.
 */
import type { IndicatorModel } from './types.ts';

export interface Sparkline {
  /** viewBox width and height. */
  width: number;
  height: number;
  /** Polyline point lists, one per unbroken run of years with numbers. */
  runs: string[];
  /** The latest point, marked with a dot. */
  last?: { x: number; y: number };
  /** First and last year drawn. */
  from: number;
  to: number;
}

/** undefined when fewer than two years have numbers (no trend to draw). */
export function sparklineOf(indicator: IndicatorModel, width = 96, height = 32, pad = 3): Sparkline | undefined {
  const years = [...indicator.years].sort((a, b) => a - b);
  const points = years.map((year) => {
    const cell = indicator.values.get(year);
    return { year, value: cell?.kind === 'number' ? cell.value : undefined };
  });
  const numbers = points.map((point) => point.value).filter((value): value is number => value !== undefined);
  if (numbers.length < 2) return undefined;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const x = (index: number) => pad + (index * (width - 2 * pad)) / Math.max(1, years.length - 1);
  // A flat series sits in the middle rather than on an edge.
  const y = (value: number) => (max === min ? height / 2 : pad + ((max - value) * (height - 2 * pad)) / (max - min));
  const round = (n: number) => Math.round(n * 10) / 10;
  const runs: string[][] = [[]];
  points.forEach((point, index) => {
    if (point.value === undefined) runs.push([]);
    else runs.at(-1)!.push(`${round(x(index))},${round(y(point.value))}`);
  });
  const lastIndex = points.findLastIndex((point) => point.value !== undefined);
  return {
    width,
    height,
    runs: runs.filter((run) => run.length > 1).map((run) => run.join(' ')),
    last: { x: round(x(lastIndex)), y: round(y(points[lastIndex]!.value!)) },
    from: years[0]!,
    to: years.at(-1)!,
  };
}
