/** Plain JSON shapes of the model for downloads: numbers as numbers with their written text, statuses as words. */
import type { IndicatorModel, ReportModel } from './types.ts';

export function indicatorJson(model: ReportModel, indicator: IndicatorModel) {
  return {
    issuer: model.report.issuer,
    report: model.report.title,
    indicator: {
      id: indicator.id,
      name: indicator.name,
      label: indicator.label ?? null,
      unit: indicator.unit,
      pillar: indicator.pillar,
      topic: indicator.topic,
      hkex: indicator.hkex,
      parent: indicator.parent ?? null,
      dimension: indicator.dimension ?? null,
      format: indicator.format,
      definition: indicator.definition,
      formula: indicator.formula ?? null,
    },
    values: indicator.years.map((year) => {
      const cell = indicator.values.get(year)!;
      return {
        year,
        status: cell.kind === 'number' ? 'reported' : cell.kind,
        value: cell.kind === 'number' ? cell.value : null,
        text: cell.kind === 'number' ? cell.text : null,
        note: cell.note ?? null,
      };
    }),
  };
}
