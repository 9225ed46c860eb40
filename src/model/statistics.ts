/**
 * The rows of the statistics table (/statistics/): topics in order of first appearance in
 * data/indicators.csv; within a topic, each top-level indicator in file order, followed directly by its
 * breakdowns, grouped by dimension under a "By …" row, recursively. A breakdown therefore always sits
 * under its own parent, wherever its row is in the CSV.
 */
import type { IndicatorModel, ReportModel } from './types.ts';

export type StatisticsRow =
  | { kind: 'dimension'; dimension: NonNullable<IndicatorModel['dimension']>; parent: IndicatorModel; depth: number }
  | { kind: 'indicator'; indicator: IndicatorModel; depth: number };

export interface StatisticsGroup {
  topic: string;
  pillar: IndicatorModel['pillar'];
  rows: StatisticsRow[];
}

/** The table's groups and rows; every indicator appears exactly once. */
export function statisticsTable(indicators: IndicatorModel[]): StatisticsGroup[] {
  const placed = new Set<IndicatorModel>();
  const rowsOf = (indicator: IndicatorModel, depth: number): StatisticsRow[] => {
    placed.add(indicator);
    const rows: StatisticsRow[] = [{ kind: 'indicator', indicator, depth }];
    const dimensions = [...new Set(indicator.children.map((child) => child.dimension))];
    for (const dimension of dimensions) {
      const children = indicator.children.filter((child) => child.dimension === dimension && !placed.has(child));
      if (children.length === 0) continue;
      if (dimension) rows.push({ kind: 'dimension', dimension, parent: indicator, depth: depth + 1 });
      for (const child of children) rows.push(...rowsOf(child, depth + 1));
    }
    return rows;
  };
  const topics = [...new Set(indicators.map((indicator) => indicator.topic))];
  return topics.map((topic) => ({
    topic,
    pillar: indicators.find((indicator) => indicator.topic === topic)!.pillar,
    rows: indicators
      // A breakdown comes with its parent; one whose parent is missing stands alone rather than vanish.
      .filter((indicator) => indicator.topic === topic && !indicator.parentIndicator)
      .flatMap((indicator) => rowsOf(indicator, 0)),
  }));
}

/** The statistics table of a report model (as /statistics/, /print/ and the data book show it). */
export function statisticsGroups(model: ReportModel): StatisticsGroup[] {
  return statisticsTable(model.indicators);
}
