/**
 * The statistics table's layout, shared by /statistics/ and the data book: topic groups in registry order, and
 * within a topic each breakdown's rows under a dimension row ("By sex"), as the report's printed table has them.
 */
import type { IndicatorModel, ReportModel } from './types.ts';

export type StatisticsRow =
  | { kind: 'dimension'; dimension: NonNullable<IndicatorModel['dimension']>; parent: IndicatorModel }
  | { kind: 'indicator'; indicator: IndicatorModel };

export interface StatisticsGroup {
  topic: string;
  pillar: IndicatorModel['pillar'];
  rows: StatisticsRow[];
}

export function statisticsGroups(model: ReportModel): StatisticsGroup[] {
  return [...new Set(model.indicators.map((indicator) => indicator.topic))].map((topic) => {
    const members = model.indicators.filter((item) => item.topic === topic);
    const rows: StatisticsRow[] = [];
    let previous: IndicatorModel | undefined;
    for (const indicator of members) {
      const startsGroup =
        indicator.parentIndicator && indicator.dimension && (previous?.dimension !== indicator.dimension || previous?.parent !== indicator.parent);
      if (startsGroup) rows.push({ kind: 'dimension', dimension: indicator.dimension!, parent: indicator.parentIndicator! });
      rows.push({ kind: 'indicator', indicator });
      previous = indicator;
    }
    return { topic, pillar: members[0]!.pillar, rows };
  });
}
