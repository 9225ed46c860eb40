/** Build errors as values: collected across every file of a run, then reported together. */

export interface SourcePosition {
  /** Path relative to the project root, with forward slashes: "data/values.csv". */
  file: string;
  /** 1-based line in the file as an editor shows it. */
  line: number;
  /** 1-based character column. */
  column: number;
}

export interface DataError extends SourcePosition {
  message: string;
}

/** "data/values.csv:14:22 value: expected … (found "1,701.13")" — the form editors and IDEs jump to. */
export function formatDataError(error: DataError): string {
  return `${error.file}:${error.line}:${error.column} ${error.message}`;
}

/** A warning in the same form, marked: "data/values.csv:7:23 warning: …". */
export function formatDataWarning(warning: DataError): string {
  return `${warning.file}:${warning.line}:${warning.column} warning: ${warning.message}`;
}

/** Sorted by file, line and column. */
export function sortErrors(errors: readonly DataError[]): DataError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The warnings of a run as lines, after a heading; empty when there are none. */
export function warningLines(warnings: readonly DataError[]): string[] {
  if (warnings.length === 0) return [];
  return [`and ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}:`, ...sortErrors(warnings).map(formatDataWarning)];
}

/**
 * Thrown once per run with every error found; its message lists them all, sorted by file and line, and then
 * the run's warnings (a warning never hides an error, and is never listed before one).
 */
export class ReportValidationError extends Error {
  readonly errors: readonly DataError[];
  readonly warnings: readonly DataError[];

  constructor(errors: readonly DataError[], warnings: readonly DataError[] = []) {
    const sorted = sortErrors(errors);
    const noun = sorted.length === 1 ? 'error' : 'errors';
    super([`The report's content and data have ${sorted.length} ${noun}:`, ...sorted.map(formatDataError), ...warningLines(warnings)].join('\n'));
    this.name = 'ReportValidationError';
    this.errors = sorted;
    this.warnings = sortErrors(warnings);
  }
}

/** Quote a found value for a message, shortened so one bad cell cannot flood the output. */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}
