/**
 * What a chart shows, decided at build time: type, labels, datasets and a sentence stating the data
 * (the canvas's aria-label). The browser only draws it. Statuses become gaps (null), never 0.
 */
import { formatCell } from '../lib/format.ts';
import type { IndicatorModel } from './types.ts';

export interface ChartSpec {
  /** Stable id, used for the element id and the PNG file name. */
  id: string;
  title: string;
  type: 'bar' | 'line';
  stacked: boolean;
  /** Axis unit, e.g. "tCO2e" or "%". */
  unit: string;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  /** The data in words, for screen readers (aria-label). */
  description: string;
}

export const labelOf = (indicator: IndicatorModel) => indicator.label ?? indicator.name;

function describe(title: string, kind: string, unit: string, years: number[], series: IndicatorModel[]): string {
  const perYear = years.map((year) => {
    const items = series.map((indicator) => {
      const text = formatCell(indicator.values.get(year), indicator.format);
      return series.length > 1 ? `${labelOf(indicator)} ${text}` : text;
    });
    return `${year}: ${items.join(', ')}`;
  });
  return `${kind}: ${title}${unit ? ` (${unit})` : ''}. ${perYear.join('; ')}.`;
}

const dataOf = (indicator: IndicatorModel, years: number[]) =>
  years.map((year) => {
    const cell = indicator.values.get(year);
    return cell?.kind === 'number' ? cell.value : null;
  });

/** The unit on the axis: percent-format indicators read "%". */
const unitOf = (indicator: IndicatorModel) => (indicator.format === 'percent' ? '%' : indicator.unit);

/** One or more indicators over the years (same unit): bars for a few years, a line for a longer series. */
export function seriesChart(id: string, title: string, indicators: IndicatorModel[], years: number[]): ChartSpec {
  const ascending = [...years].sort((a, b) => a - b);
  const type = ascending.length >= 4 ? 'line' : 'bar';
  const unit = unitOf(indicators[0]!);
  return {
    id,
    title,
    type,
    stacked: false,
    unit,
    labels: ascending.map(String),
    datasets: indicators.map((indicator) => ({ label: labelOf(indicator), data: dataOf(indicator, ascending) })),
    description: describe(title, type === 'line' ? 'Line chart' : 'Bar chart', unit, ascending, indicators),
  };
}

/**
 * A parent's children along one dimension, per year: stacked when the parts add up to the whole
 * (counts and amounts), side by side when they do not (rates and percentages).
 */
export function breakdownChart(id: string, title: string, children: IndicatorModel[], years: number[]): ChartSpec {
  const ascending = [...years].sort((a, b) => a - b);
  const stacked = children.every((child) => child.format === 'number');
  const unit = unitOf(children[0]!);
  return {
    id,
    title,
    type: 'bar',
    stacked,
    unit,
    labels: ascending.map(String),
    datasets: children.map((child) => ({ label: labelOf(child), data: dataOf(child, ascending) })),
    description: describe(title, stacked ? 'Stacked bar chart' : 'Bar chart', unit, ascending, children),
  };
}
