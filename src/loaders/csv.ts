/**
 * CSV → rows that remember where each cell starts in the file → zod → typed rows or positioned errors.
 * papaparse does the parsing; this module adds positions (papaparse reports only each row's end offset)
 * and turns every problem into a `file:line:column` error instead of a silent shift of cells.
 */
import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { type DataError, quoteValue } from './errors.ts';

export interface CsvRow {
  /** The raw cells of the row. */
  cells: string[];
  /** Character offset in the file where each cell starts. */
  offsets: number[];
  /** The record's exact text, without its line break (for byte-exact extracts). */
  raw: string;
}

export interface ParsedCsv {
  header: CsvRow | undefined;
  rows: CsvRow[];
  /** Offsets at which lines start, to turn an offset into line and column. */
  lineStarts: number[];
}

export interface LocatedRow<T> {
  data: T;
  /** Line of the row's first cell. */
  line: number;
  /** Where each column's cell starts. */
  positions: Record<string, { line: number; column: number }>;
  /** The row's exact text in the file, without its line break. */
  raw: string;
}

export interface TableResult<T> {
  rows: LocatedRow<T>[];
  /** Raw cells of rows that failed their schema, so later checks can skip what depends on them. */
  rejected: Record<string, string>[];
  errors: DataError[];
}

const BOM = '\uFEFF';

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

/** 1-based line and column of a character offset. */
export function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

/**
 * Where each cell of a raw record starts. The record text has already been parsed by papaparse,
 * so quotes are balanced: a comma outside quotes ends a cell.
 */
function cellOffsets(text: string, start: number, end: number): number[] {
  const offsets = [start];
  let quoted = false;
  for (let index = start; index < end; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) offsets.push(index + 1);
    else if ((char === '\n' || char === '\r') && !quoted) break;
  }
  return offsets;
}

/** Parse CSV text into rows with cell positions. Blank lines are skipped. */
export function parseCsv(input: string): { parsed: ParsedCsv; problems: { offset: number; message: string }[] } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRow[] = [];
  const problems: { offset: number; message: string }[] = [];
  let recordStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const start = recordStart;
      recordStart = result.meta.cursor;
      // Step past the line break that ends this record so the next one starts on its own line.
      while (recordStart < text.length && (text[recordStart] === '\n' || text[recordStart] === '\r')) recordStart++;
      for (const error of result.errors) problems.push({ offset: start, message: `CSV syntax: ${error.message}` });
      const cells = result.data;
      if (cells.length === 1 && cells[0]!.trim() === '') return; // a blank line
      records.push({
        cells,
        offsets: cellOffsets(text, start, result.meta.cursor),
        raw: text.slice(start, result.meta.cursor).replace(/\r?\n$/, ''),
      });
    },
  });
  const [header, ...rows] = records;
  return { parsed: { header, rows, lineStarts: lineStartsOf(text) }, problems };
}

/** A comma between digits that split a number: "1,701.13" written without quotes. */
function looksLikeSplitNumber(cells: string[], index: number): boolean {
  const before = cells[index - 1]?.trim() ?? '';
  const after = cells[index]?.trim() ?? '';
  return /^-?\d{1,3}$/.test(before) && /^\d{3}(?:\.\d+)?$/.test(after);
}

/** Where and why a row has the wrong number of cells; points at a split number when that is the cause. */
function cellCountError(
  row: CsvRow,
  expected: number,
  at: (offset: number) => { line: number; column: number },
): { line: number; column: number; message: string } {
  const count = `row has ${row.cells.length} cells but the header has ${expected}`;
  if (row.cells.length < expected)
    return { ...at(row.offsets[row.cells.length - 1]!), message: `${count}: a cell is missing` };
  const split = row.cells.findIndex((_, index) => index > 0 && looksLikeSplitNumber(row.cells, index));
  if (split > 0) {
    const number = `${row.cells[split - 1]},${row.cells[split]}`;
    return {
      ...at(row.offsets[split - 1]!),
      message: `${count}: the number ${quoteValue(number)} has an unquoted thousands separator; write ${number.replace(',', '')}`,
    };
  }
  return { ...at(row.offsets[expected]!), message: `${count}: a comma in a text cell needs the cell in double quotes` };
}

/**
 * Validate a CSV file against a zod row schema. The header must hold exactly the schema's columns,
 * in the schema's order. Every problem becomes a positioned error; rows that fail are left out of `rows`.
 */
export function readTable<S extends z.ZodType<Record<string, unknown>, Record<string, string>>>(
  file: string,
  input: string,
  schema: S,
  columns: readonly string[],
): TableResult<z.infer<S>> {
  const { parsed, problems } = parseCsv(input);
  const at = (offset: number) => positionOf(parsed.lineStarts, offset);
  const errors: DataError[] = problems.map((problem) => ({ file, ...at(problem.offset), message: problem.message }));
  const rows: LocatedRow<z.infer<S>>[] = [];
  const rejected: Record<string, string>[] = [];

  const header = parsed.header;
  if (!header) {
    errors.push({ file, line: 1, column: 1, message: `empty file: expected a header row with columns ${columns.join(', ')}` });
    return { rows, rejected, errors };
  }
  const names = header.cells.map((cell) => cell.trim());
  const missing = columns.filter((column) => !names.includes(column));
  for (const column of missing) {
    const end = header.offsets.at(-1)! + header.cells.at(-1)!.length;
    errors.push({
      file,
      ...at(end),
      message: `missing column ${quoteValue(column)}: expected the header to have ${columns.join(', ')}`,
    });
  }
  names.forEach((name, index) => {
    if (!columns.includes(name)) {
      errors.push({
        file,
        ...at(header.offsets[index]!),
        message: `unknown column ${quoteValue(name)}: expected only ${columns.join(', ')}`,
      });
    } else if (names.indexOf(name) !== index) {
      errors.push({ file, ...at(header.offsets[index]!), message: `column ${quoteValue(name)} appears twice in the header` });
    }
  });
  if (missing.length > 0) return { rows, rejected, errors };
  // The published datapackage.json lists fields in schema order, and Frictionless requires the header to match it.
  if (errors.length === 0 && names.join(',') !== columns.join(',')) {
    errors.push({ file, ...at(header.offsets[0]!), message: `columns out of order: expected the header ${quoteValue(columns.join(','))}` });
  }

  for (const row of parsed.rows) {
    const rowPosition = at(row.offsets[0]!);
    if (row.cells.length !== names.length) {
      errors.push({ file, ...cellCountError(row, names.length, at) });
      rejected.push(Object.fromEntries(names.map((name, index) => [name, row.cells[index] ?? ''])));
      continue;
    }
    const record: Record<string, string> = {};
    const positions: LocatedRow<unknown>['positions'] = {};
    names.forEach((name, index) => {
      record[name] = row.cells[index]!;
      positions[name] = at(row.offsets[index]!);
    });
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ data: result.data, line: rowPosition.line, positions, raw: row.raw });
      continue;
    }
    rejected.push(record);
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? names[0]);
      const position = positions[column] ?? rowPosition;
      errors.push({
        file,
        ...position,
        message: `${column}: ${issue.message} (found ${quoteValue(record[column] ?? '')})`,
      });
    }
  }
  return { rows, rejected, errors };
}
