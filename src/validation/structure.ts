/**
 * Structural mistakes in data/indicators.csv that would make a breakdown or a formula meaningless: an
 * indicator that is its own ancestor (a parent cycle longer than one; a row that is its own parent is
 * reported by references.ts), and a formula that refers to itself, directly or through other formulas.
 * One error per cycle, at the row that comes first in the file.
 */
import type { DataError } from '../loaders/errors.ts';
import { quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import { FORMULA } from '../schemas/indicator.ts';
import { cellError } from './cell-error.ts';

/** Follow `next` from `start`; the path back to `start` when it returns there, else undefined. */
function cycleFrom(start: string, next: (id: string) => string[]): string[] | undefined {
  const stack: { id: string; path: string[] }[] = next(start).map((id) => ({ id, path: [start, id] }));
  const seen = new Set<string>();
  while (stack.length > 0) {
    const { id, path } = stack.pop()!;
    if (id === start) return path;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const following of next(id)) stack.push({ id: following, path: [...path, following] });
  }
  return undefined;
}

export function checkIndicatorStructure(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const byId = new Map(data.indicators.map((row) => [row.data.id, row]));
  const parentOf = (id: string) => {
    const parent = byId.get(id)?.data.parent;
    return parent !== undefined && parent !== id && byId.has(parent) ? [parent] : [];
  };
  const formulaTerms = (id: string) => {
    const formula = byId.get(id)?.data.formula;
    return formula !== undefined && FORMULA.test(formula) ? formula.split(/ [+*/] /).filter((term) => byId.has(term)) : [];
  };
  const reported = new Set<string>();
  const report = (kind: 'parent' | 'formula', path: string[], message: (first: string, path: string) => string) => {
    const members = path.slice(0, -1);
    const key = `${kind} ${[...members].sort().join(' ')}`;
    if (reported.has(key)) return;
    reported.add(key);
    const first = members.map((id) => byId.get(id)!).sort((a, b) => a.line - b.line)[0]!;
    const start = members.indexOf(first.data.id);
    const rotated = [...members.slice(start), ...members.slice(0, start), first.data.id];
    errors.push(cellError(DATA_FILES.indicators, first, kind, message(first.data.id, rotated.join(' → '))));
  };
  for (const row of data.indicators) {
    const { id, formula } = row.data;
    const parents = cycleFrom(id, parentOf);
    if (parents) report('parent', parents, (first, path) => `parent cycle: ${quoteValue(first)} is its own ancestor (${path})`);
    if (formula !== undefined && FORMULA.test(formula) && formula.split(/ [+*/] /).includes(id)) {
      errors.push(cellError(DATA_FILES.indicators, row, 'formula', `formula of ${quoteValue(id)} refers to ${quoteValue(id)} itself`));
      continue;
    }
    const formulas = cycleFrom(id, (item) => formulaTerms(item).filter((term) => term !== item));
    if (formulas) report('formula', formulas, (first, path) => `formula cycle: ${quoteValue(first)} is computed from itself (${path})`);
  }
  return errors;
}
