/**
 * Derived figures the registry declares with a formula ("ghg-total / employees-total"): the value
 * recomputed from its inputs for each year, beside the published one, so a reader sees how it is made.
 */
import type { CellValue } from './values.ts';

export interface DerivedYear {
  year: number;
  inputs: { id: string; cell: CellValue | undefined }[];
  /** The formula's result, when every input is a reported number (and no division by zero). */
  computed?: number;
}

export interface Formula {
  ids: string[];
  operators: ('+' | '*' | '/')[];
}

export function parseFormula(formula: string): Formula {
  const parts = formula.split(' ');
  return {
    ids: parts.filter((_, index) => index % 2 === 0),
    operators: parts.filter((_, index) => index % 2 === 1) as Formula['operators'],
  };
}

/** Evaluate left to right with * and / before + (the formulas are short: a sum or a ratio). */
export function evaluate(formula: Formula, numbers: number[]): number | undefined {
  const terms: number[] = [numbers[0]!];
  for (let index = 0; index < formula.operators.length; index++) {
    const operator = formula.operators[index]!;
    const next = numbers[index + 1]!;
    if (operator === '+') terms.push(next);
    else if (operator === '*') terms.push(terms.pop()! * next);
    else {
      if (next === 0) return undefined;
      terms.push(terms.pop()! / next);
    }
  }
  return terms.reduce((sum, term) => sum + term, 0);
}

export function deriveYears(
  formula: string,
  years: number[],
  valueOf: (id: string, year: number) => CellValue | undefined,
): DerivedYear[] {
  const parsed = parseFormula(formula);
  return years.map((year) => {
    const inputs = parsed.ids.map((id) => ({ id, cell: valueOf(id, year) }));
    const numbers = inputs.map((input) => (input.cell?.kind === 'number' ? input.cell.value : undefined));
    const computed = numbers.every((number) => number !== undefined) ? evaluate(parsed, numbers as number[]) : undefined;
    return { year, inputs, computed };
  });
}
