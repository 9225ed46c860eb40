/** An error placed at one cell of a CSV row, for the checks between files. */
import type { LocatedRow } from '../loaders/csv.ts';
import type { DataError } from '../loaders/errors.ts';

export function cellError<T>(file: string, row: LocatedRow<T>, column: string, message: string): DataError {
  const position = row.positions[column] ?? { line: row.line, column: 1 };
  return { file, ...position, message };
}
