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

/** Thrown once per run with every error found; its message lists them all, sorted by file and line. */
export class ReportValidationError extends Error {
  readonly errors: readonly DataError[];

  constructor(errors: readonly DataError[]) {
    const sorted = [...errors].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    const noun = sorted.length === 1 ? 'error' : 'errors';
    super(`The report's content and data have ${sorted.length} ${noun}:\n${sorted.map(formatDataError).join('\n')}`);
    this.name = 'ReportValidationError';
    this.errors = sorted;
  }
}

/** Quote a found value for a message, shortened so one bad cell cannot flood the output. */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}
