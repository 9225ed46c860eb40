/**
 * CSV → rows that remember where each cell starts in the file → zod → typed rows or positioned errors.
 * papaparse does the parsing; this module adds positions (papaparse reports only each row's end offset)
 * and turns every problem into a `file:line:column` error instead of a silent shift of cells.
 */
import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { type DataError, quoteValue } from './errors.ts';
import { closest } from './suggest.ts';
import { INVISIBLE, describeCharacter } from './characters.ts';

export interface CsvRow {
  /** The raw cells of the row. */
  cells: string[];
  /** Character offset in the file where each cell starts. */
  offsets: number[];
  /** The record's exact text, without its line break (for byte-exact extracts). */
  raw: string;
  /** A quoting error made the record unreadable (reported as `problems[broken]`): its cells mean nothing. */
  broken?: number;
}

export interface ParsedCsv {
  header: CsvRow | undefined;
  rows: CsvRow[];
  /** Offsets at which lines start, to turn an offset into line and column. */
  lineStarts: number[];
  /** Index in `problems` of an unclosed quote that swallowed the rest of the file (its later rows are unknown). */
  swallowedFrom?: number;
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
  /** Raw cells of rows that failed their schema, with the error that refused each, so later checks can skip what depends on them. */
  rejected: { cells: Record<string, string>; error: DataError }[];
  errors: DataError[];
  /** The file as a whole cannot be read (empty, a missing column, a broken header): every row of it is unknown. */
  unusable?: DataError;
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
 * Where each cell of a raw record starts, read as papaparse reads it (RFC 4180): a double quote opens a quoted cell
 * only as the cell's first character; elsewhere (an inch mark in `15" screen`) it is text.
 */
function cellOffsets(text: string, start: number, end: number): number[] {
  const offsets = [start];
  let index = start;
  while (index < end) {
    if (text[index] === '"') {
      index++;
      while (index < end && !(text[index] === '"' && text[index + 1] !== '"')) index += text[index] === '"' ? 2 : 1;
      index++;
    }
    while (index < end && text[index] !== ',' && text[index] !== '\n') index++;
    if (index >= end || text[index] === '\n') break;
    index++;
    offsets.push(index);
  }
  return offsets;
}

/** Parse CSV text (line ends already "\n", see text.ts) into rows with cell positions. Blank lines are skipped. */
export function parseCsv(input: string): { parsed: ParsedCsv; problems: { offset: number; message: string }[] } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRow[] = [];
  const problems: { offset: number; message: string }[] = [];
  let recordStart = 0;
  /** The problem after which papaparse read the rest of the file as one cell, if any. */
  let swallowedFrom: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    step: (result) => {
      const start = recordStart;
      recordStart = result.meta.cursor;
      // Step past the line break that ends this record so the next one starts on its own line.
      while (recordStart < text.length && text[recordStart] === '\n') recordStart++;
      if (result.errors.length > 0) {
        const offsets = cellOffsets(text, start, result.meta.cursor);
        const opening = offsets.find((offset) => text[offset] === '"') ?? start;
        // Where the quoted cell closes, if it does: a closing quote followed by more text is the other mistake.
        let close = opening + 1;
        while (close < text.length && !(text[close] === '"' && text[close + 1] !== '"')) close += text[close] === '"' ? 2 : 1;
        const textAfterQuote = close < text.length && text[close + 1] !== ',' && text[close + 1] !== '\n' && text[close + 1] !== undefined;
        if (!textAfterQuote) {
          // A quote that opens a cell and never closes swallows the rest of the file: report it at the quote, once.
          const swallowed = text.slice(opening, result.meta.cursor).replace(/\n$/, '').split('\n').length - 1;
          problems.push({
            offset: opening,
            message:
              `a cell starts with a double quote (U+0022 QUOTATION MARK) that is never closed, so the rest of the file ` +
              `(${swallowed} more line${swallowed === 1 ? '' : 's'}) would be one cell: if the quote is text (an inch mark), ` +
              `put the whole cell in double quotes and double the quote ("15"" screen"), or close the quote`,
          });
        } else {
          problems.push({
            offset: opening,
            message:
              'a quoted cell has text after its closing double quote (U+0022 QUOTATION MARK): put the whole cell in ' +
              'double quotes and double each quote inside it ("15"" screen")',
          });
        }
        // papaparse read on to the end of the file looking for the closing quote: the rows after it are lost.
        if (result.errors.some((error) => error.code === 'MissingQuotes')) swallowedFrom = problems.length - 1;
        records.push({ cells: result.data, offsets, raw: '', broken: problems.length - 1 });
        return;
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0]!.trim() === '') return; // a blank line
      records.push({
        cells,
        offsets: cellOffsets(text, start, result.meta.cursor),
        raw: text.slice(start, result.meta.cursor).replace(/\n$/, ''),
      });
    },
  });
  const [header, ...rows] = records;
  return { parsed: { header, rows, lineStarts: lineStartsOf(text), swallowedFrom }, problems };
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
  return { ...at(row.offsets[expected] ?? row.offsets.at(-1)!), message: `${count}: a comma in a text cell needs the cell in double quotes` };
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
  const rejected: TableResult<unknown>['rejected'] = [];

  const header = parsed.header;
  if (header?.broken !== undefined) return { rows, rejected, errors, unusable: errors[header.broken] };
  if (!header) {
    const error = { file, line: 1, column: 1, message: `empty file: expected a header row with columns ${columns.join(', ')}` };
    errors.push(error);
    return { rows, rejected, errors, unusable: error };
  }
  const names = header.cells.map((cell) => cell.trim());
  const missing = columns.filter((column) => !names.includes(column));
  const unknown = names.map((name, index) => ({ name, index })).filter(({ name }) => !columns.includes(name));
  const fileUnusable: DataError[] = [];
  const rowCount = parsed.rows.length;
  const unread = `; none of the file's ${rowCount} row${rowCount === 1 ? '' : 's'} can be read until it is fixed`;
  // A misspelt column name is one mistake: report it once, at the name, with the column it should be.
  const explained = new Set<string>();
  for (const { name, index } of unknown) {
    const meant = closest(name, missing.filter((column) => !explained.has(column)));
    if (meant === undefined) {
      errors.push({ file, ...at(header.offsets[index]!), message: `unknown column ${quoteValue(name)}: expected only ${columns.join(', ')}` });
      continue;
    }
    explained.add(meant);
    const error = { file, ...at(header.offsets[index]!), message: `unknown column ${quoteValue(name)} (did you mean ${JSON.stringify(meant)}?): ${unread.slice(2)}` };
    errors.push(error);
    fileUnusable.push(error);
  }
  for (const column of missing.filter((item) => !explained.has(item))) {
    const end = header.offsets.at(-1)! + header.cells.at(-1)!.length;
    const error = { file, ...at(end), message: `missing column ${quoteValue(column)}: expected the header to have ${columns.join(', ')}${unread}` };
    errors.push(error);
    fileUnusable.push(error);
  }
  names.forEach((name, index) => {
    if (columns.includes(name) && names.indexOf(name) !== index)
      errors.push({ file, ...at(header.offsets[index]!), message: `column ${quoteValue(name)} appears twice in the header` });
  });
  if (fileUnusable.length > 0) return { rows, rejected, errors, unusable: fileUnusable[0] };
  // The published datapackage.json lists fields in schema order, and Frictionless requires the header to match it.
  if (errors.length === 0 && names.join(',') !== columns.join(',')) {
    errors.push({ file, ...at(header.offsets[0]!), message: `columns out of order: expected the header ${quoteValue(columns.join(','))}` });
  }

  for (const row of parsed.rows) {
    if (row.broken !== undefined) {
      rejected.push({ cells: Object.fromEntries(names.map((name, index) => [name, row.cells[index] ?? ''])), error: errors[row.broken]! });
      continue;
    }
    const rowPosition = at(row.offsets[0]!);
    if (row.cells.length !== names.length) {
      const error = { file, ...cellCountError(row, names.length, at) };
      errors.push(error);
      rejected.push({ cells: Object.fromEntries(names.map((name, index) => [name, row.cells[index] ?? ''])), error });
      continue;
    }
    const record: Record<string, string> = {};
    const positions: LocatedRow<unknown>['positions'] = {};
    names.forEach((name, index) => {
      record[name] = row.cells[index]!;
      positions[name] = at(row.offsets[index]!);
    });
    // An invisible character is the root cause of whatever else the cell fails: name it alone, and refuse the row.
    const invisible = names
      .filter((name) => INVISIBLE.test(record[name]!))
      .map((name) => {
        const char = INVISIBLE.exec(record[name]!)![0];
        const at = [...record[name]!].indexOf(char) + 1;
        return { file, ...positions[name]!, message: `${name}: invisible character ${describeCharacter(char)} at character ${at}: delete it (found ${JSON.stringify(record[name])})` };
      });
    if (invisible.length > 0) {
      errors.push(...invisible);
      rejected.push({ cells: record, error: invisible[0]! });
      continue;
    }
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ data: result.data, line: rowPosition.line, positions, raw: row.raw });
      continue;
    }
    const rowErrors = result.error.issues.map((issue) => {
      const column = String(issue.path[0] ?? names[0]);
      const position = positions[column] ?? rowPosition;
      return { file, ...position, message: `${column}: ${issue.message} (found ${quoteValue(record[column] ?? '')})` };
    });
    errors.push(...rowErrors);
    rejected.push({ cells: record, error: rowErrors[0]! });
  }
  // Rows after an unclosed quote were never read: the file is unusable from there on.
  return { rows, rejected, errors, unusable: parsed.swallowedFrom === undefined ? undefined : errors[parsed.swallowedFrom] };
}
