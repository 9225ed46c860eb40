/** Build errors as values: collected across every file of a run, then reported together. */
import { describeSuspicious } from './characters.ts';

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

/**
 * Quote a found value for a message, shortened so one bad cell cannot flood the output, and naming any invisible or
 * look-alike character in it by code point: `"ghg-scope-1​", which has U+200B ZERO WIDTH SPACE at character 12`.
 */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `${JSON.stringify(shown)}${describeSuspicious(value)}`;
}

/**
 * Root cause first: an error that makes a file, a column or a row unusable is recorded here, and a later check that
 * finds something missing *because of it* (an unknown id whose row was refused, any reference into an unreadable file)
 * asks `explains()` instead of reporting. The root error then says how many errors it stands for, so one missing
 * column is one error, not one per row and per MDX citation.
 */
export class RootCauses {
  private readonly files = new Map<string, DataError>();
  private readonly keys = new Map<string, DataError>();
  private readonly counts = new Map<DataError, number>();

  /** Everything in `scope` (a table name, "report", or a section id) is unusable because of `error`. */
  unusable(scope: string, error: DataError): void {
    if (!this.files.has(scope)) this.files.set(scope, error);
  }

  /** The row with primary key `key` of `scope` was refused because of `error`. */
  refused(scope: string, key: string, error: DataError): void {
    const id = `${scope}\u0000${key}`;
    if (!this.keys.has(id)) this.keys.set(id, error);
  }

  /** True when `scope` (or its row `key`) is unusable: the caller's error depends on a root cause, which counts it. */
  explains(scope: string, key?: string): boolean {
    const root = this.files.get(scope) ?? (key === undefined ? undefined : this.keys.get(`${scope}\u0000${key}`));
    if (!root) return false;
    this.counts.set(root, (this.counts.get(root) ?? 0) + 1);
    return true;
  }

  /** True when the whole of `scope` is unusable (without counting anything). */
  isUnusable(scope: string): boolean {
    return this.files.has(scope);
  }

  /** The errors, each root cause saying how many dependent errors it suppressed. */
  annotate(errors: readonly DataError[]): DataError[] {
    return errors.map((error) => {
      const count = this.counts.get(error);
      if (!count) return error;
      const noun = count === 1 ? 'error that depends on it is' : 'errors that depend on it are';
      return { ...error, message: `${error.message} [${count} ${noun} not shown]` };
    });
  }
}
