/** Validate a JSON file with zod, placing each problem at the line of the key it concerns. */
import type { z } from 'astro/zod';
import { type DataError, quoteValue } from './errors.ts';

/** 1-based line and column of a character offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Where the last key of `path` is in the JSON text (best effort: the first match after its parents). */
function locate(text: string, path: readonly PropertyKey[]): { line: number; column: number } {
  let offset = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const found = text.indexOf(JSON.stringify(key), offset);
    if (found >= 0) offset = found;
  }
  return positionAt(text, offset);
}

export function readJson<S extends z.ZodType>(file: string, text: string, schema: S): { data?: z.infer<S>; errors: DataError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return { errors: [{ file, ...positionAt(text, at ? Number(at[1]) : 0), message: `invalid JSON: ${message}` }] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      let found: unknown = raw;
      for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key as string];
      const shown = found === undefined ? 'nothing' : quoteValue(typeof found === 'string' ? found : JSON.stringify(found));
      return {
        file,
        ...locate(text, issue.path),
        message: `${issue.path.join('.') || '(top level)'}: ${issue.message} (found ${shown})`,
      };
    }),
  };
}
