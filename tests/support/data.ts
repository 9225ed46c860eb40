/**
 * Test-side reading of data/ with papaparse alone, independent of the project's loader, so tests compare
 * the site against the files themselves rather than against the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ROOT } from './site.ts';

export function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, file), 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((error) => error.message).join('; ')}`);
  return parsed.data;
}

/** How the report prints a number written as `text` in data/: grouped thousands, the written decimals kept. */
export function printed(text: string, percent: boolean): string {
  const [whole, fraction] = text.split('.');
  const grouped = Number(whole).toLocaleString('en-US') + (fraction === undefined ? '' : `.${fraction}`);
  return percent ? `${grouped}%` : grouped;
}

/** The printed form of a value row: a number as printed, a status as words. */
export function printedValue(row: Record<string, string>, percent: boolean): string {
  if (row.status === 'not-applicable') return 'Not applicable';
  if (row.status === 'not-disclosed') return 'Not disclosed';
  return printed(row.value!, percent);
}
