/** The statistics table's model: every breakdown sits directly under its own parent (real data and a shuffled case). */
import { describe, expect, it } from 'vitest';
import { loadReportModel } from '../../src/model/from-project.ts';
import { statisticsTable, type StatisticsRow } from '../../src/model/statistics.ts';
import { ROOT } from '../support/site.ts';

/** The report model as the build makes it (pages and outputs alike). */
const model = () => loadReportModel(ROOT);
const rowName = (row: StatisticsRow) => (row.kind === 'indicator' ? row.indicator.id : `[${row.dimension}]`);

/**
 * For each breakdown row: the nearest row above it at a shallower depth must be its parent, and the
 * nearest "By …" row above it (at its own depth) must name its dimension.
 */
function misplaced(rows: StatisticsRow[]): string[] {
  const problems: string[] = [];
  rows.forEach((row, index) => {
    if (row.depth === 0) return;
    const above = rows.slice(0, index).reverse();
    const parent = above.find((candidate) => candidate.depth < row.depth);
    if (row.kind === 'dimension') {
      if (parent?.kind !== 'indicator' || parent.indicator !== row.parent) problems.push(`${rowName(row)} not under ${row.parent.id}`);
      return;
    }
    const group = above.find((candidate) => candidate.kind === 'dimension' && candidate.depth === row.depth);
    if (parent?.kind !== 'indicator' || parent.indicator !== row.indicator.parentIndicator)
      problems.push(`${row.indicator.id} not under ${row.indicator.parent}`);
    else if (group?.kind !== 'dimension' || group.parent !== parent.indicator || group.dimension !== row.indicator.dimension)
      problems.push(`${row.indicator.id} not under its "${row.indicator.dimension}" row`);
  });
  return problems;
}

describe('statistics table model', () => {
  it('puts every breakdown of the report directly under its own parent, once', () => {
    const { indicators } = model();
    const groups = statisticsTable(indicators);
    const rows = groups.flatMap((group) => group.rows);
    expect(misplaced(rows)).toEqual([]);
    const ids = rows.flatMap((row) => (row.kind === 'indicator' ? [row.indicator.id] : []));
    expect(ids.sort()).toEqual(indicators.map((indicator) => indicator.id).sort());
  });

  it('lists the waste rows as parent, "By waste type", then its parts (the CSV has them before the parent)', () => {
    const emissions = statisticsTable(model().indicators).find((group) => group.topic === 'Emissions')!;
    const names = emissions.rows.map(rowName);
    const at = names.indexOf('waste-total');
    expect(names.slice(at, at + 4)).toEqual(['waste-total', '[waste-type]', 'hazardous-waste', 'non-hazardous-waste']);
    expect(names.slice(0, 4)).toEqual(['ghg-total', '[scope]', 'ghg-scope-1', 'ghg-scope-2']);
    expect(names).not.toContain(undefined);
    expect(names.indexOf('hazardous-waste')).toBeGreaterThan(names.indexOf('waste-total'));
  });
});
