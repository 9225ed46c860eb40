/**
 * What a chart shows, decided at build time: type, labels, datasets and a sentence stating the data
 * (the canvas's aria-label), in one language. The browser only draws it. Statuses become gaps (null), never 0.
 */
import { formatCell, formatDecimal } from '../lib/format.ts';
import { DEFAULT_LANGUAGE, useTranslations, type Language } from '../i18n/index.ts';
import type { IndicatorModel } from './types.ts';
import type { DIMENSIONS } from '../schemas/indicator.ts';

export interface ChartSpec {
  /** Stable id, used for the element id and the PNG file name. */
  id: string;
  title: string;
  type: 'bar' | 'line';
  stacked: boolean;
  /** Axis unit, e.g. "tCO2e" or "%". */
  unit: string;
  labels: string[];
  /** `texts` are the values as the table prints them (without the unit), for tooltips and bar labels. */
  datasets: { label: string; data: (number | null)[]; texts: (string | null)[] }[];
  /**
   * Print each bar's value beside it: set when the parts differ by more than 20 times, so a small part
   * (Scope 1 beside Scope 2) stays readable even where its bar is a few pixels high.
   */
  labelBars: boolean;
  /** The data in words, for screen readers (aria-label). */
  description: string;
}

/** An indicator's short label in a breakdown ("Male"), else its name, in a language. */
export const labelOf = (indicator: IndicatorModel, language: Language = DEFAULT_LANGUAGE) =>
  indicator.words[language].label ?? indicator.words[language].name;

/**
 * The chart in words, with the language's punctuation (i18n keys chart.description.*): "Bar chart: Emissions
 * (tCO2e). 2023: 1,701.13; 2024: 1,650.00." in English, "棒形圖：排放（噸二氧化碳當量）。2023年：1,701.13；…。" in Chinese.
 */
function describe(title: string, kind: string, unit: string, years: number[], series: IndicatorModel[], language: Language): string {
  const t = useTranslations(language);
  const perYear = years.map((year) => {
    const items = series.map((indicator) => {
      const value = formatCell(indicator.values.get(year), indicator.format, language);
      return series.length > 1 ? t('chart.description.item', { label: labelOf(indicator, language), value }) : value;
    });
    return t('chart.description.year', { year, values: items.join(t('punctuation.listSeparator')) });
  });
  return t('chart.description', {
    kind,
    title,
    unit: unit ? t('chart.description.unit', { unit }) : '',
    years: perYear.join(t('chart.description.yearSeparator')),
  });
}

const dataOf = (indicator: IndicatorModel, years: number[]) =>
  years.map((year) => {
    const cell = indicator.values.get(year);
    return cell?.kind === 'number' ? cell.value : null;
  });
const textsOf = (indicator: IndicatorModel, years: number[], language: Language) =>
  years.map((year) => {
    const cell = indicator.values.get(year);
    return cell?.kind === 'number' ? formatDecimal(cell.text, language) : null;
  });
const datasetOf = (indicator: IndicatorModel, years: number[], language: Language) => ({
  label: labelOf(indicator, language),
  data: dataOf(indicator, years),
  texts: textsOf(indicator, years, language),
});

/** The unit an indicator is shown with, in tables and charts alike: percent-format indicators read "%". */
export const unitOf = (indicator: IndicatorModel, language: Language = DEFAULT_LANGUAGE) =>
  indicator.format === 'percent' ? '%' : indicator.words[language].unit;

/** True when the largest positive value is more than 20 times the smallest: small bars need their value printed. */
export function partsDifferWidely(datasets: { data: (number | null)[] }[]): boolean {
  const values = datasets.flatMap((dataset) => dataset.data).filter((value): value is number => value !== null && value > 0);
  return values.length > 1 && Math.max(...values) > 20 * Math.min(...values);
}

/** One or more indicators over the years (same unit): bars for a few years, a line for a longer series. */
export function seriesChart(id: string, title: string, indicators: IndicatorModel[], years: number[], language: Language = DEFAULT_LANGUAGE): ChartSpec {
  const ascending = [...years].sort((a, b) => a - b);
  const type = ascending.length >= 4 ? 'line' : 'bar';
  const unit = unitOf(indicators[0]!, language);
  return {
    id,
    title,
    type,
    stacked: false,
    unit,
    labels: ascending.map(String),
    datasets: indicators.map((indicator) => datasetOf(indicator, ascending, language)),
    labelBars: type === 'bar' && partsDifferWidely(indicators.map((indicator) => ({ data: dataOf(indicator, ascending) }))),
    description: describe(title, useTranslations(language)(type === 'line' ? 'chart.kind.line' : 'chart.kind.bar'), unit, ascending, indicators, language),
  };
}

/**
 * The title of a breakdown chart: the parent's name and what it is split by, "Total employees: by gender",
 * "僱員總數：按性別劃分" (the language's colon: 'punctuation.colon').
 */
export function breakdownTitle(parent: IndicatorModel, dimension: (typeof DIMENSIONS)[number], language: Language = DEFAULT_LANGUAGE): string {
  const t = useTranslations(language);
  return `${parent.words[language].name}${t('punctuation.colon')}${t(`dimension.${dimension}`).toLowerCase()}`;
}

/**
 * A parent's children along one dimension, per year: stacked when the parts add up to the whole
 * (counts and amounts), side by side when they do not (rates and percentages).
 */
export function breakdownChart(id: string, title: string, children: IndicatorModel[], years: number[], language: Language = DEFAULT_LANGUAGE): ChartSpec {
  const ascending = [...years].sort((a, b) => a - b);
  const datasets = children.map((child) => datasetOf(child, ascending, language));
  const labelBars = partsDifferWidely(datasets);
  // Stacked when the parts add up to the whole, unless one part would be a sliver: then side by side, labelled.
  const stacked = children.every((child) => child.format === 'number') && !labelBars;
  const unit = unitOf(children[0]!, language);
  return {
    id,
    title,
    type: 'bar',
    stacked,
    unit,
    labels: ascending.map(String),
    datasets,
    labelBars,
    description: describe(title, useTranslations(language)(stacked ? 'chart.kind.stacked' : 'chart.kind.bar'), unit, ascending, children, language),
  };
}
