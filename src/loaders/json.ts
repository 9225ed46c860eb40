/**
 * Validate a JSON file with zod, placing each problem at the line and column of the key it concerns (the key's
 * position comes from `yaml`'s parser, which reads JSON as the YAML subset it is, with ranges), in the words the CSV
 * cells use (issue-words.ts).
 */
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { type DataError, quoteValue } from './errors.ts';
import { foundText, issueMessage } from './issue-words.ts';

/** Where a key path of the file is: 1-based line and column. */
export type JsonLocator = (path: readonly PropertyKey[]) => { line: number; column: number };

/** 1-based line and column of a character offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A locator over the text: the deepest key of the path that exists (its key, for an object member). */
export function jsonLocator(text: string): JsonLocator {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return (path) => {
    let node: unknown = document.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
}

type SchemaDef = { def?: { innerType?: unknown; shape?: Record<string, unknown>; element?: unknown } };

/** An optional or defaulted schema's inner schema. */
const unwrap = (schema: unknown): SchemaDef | undefined => {
  let current = schema as SchemaDef | undefined;
  while (current?.def?.innerType) current = current.def.innerType as SchemaDef;
  return current;
};

/** The keys an object schema accepts at a path (for "did you mean"), or []. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) current = unwrap(typeof key === 'number' ? current?.def?.element : current?.def?.shape?.[key as string]);
  return Object.keys(current?.def?.shape ?? {});
}

export function readJson<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { data?: z.infer<S>; errors: DataError[]; locator?: JsonLocator } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return { errors: [{ file, ...positionAt(text, at ? Number(at[1]) : 0), message: `invalid JSON: ${message}` }] };
  }
  const locator = jsonLocator(text);
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, errors: [], locator };
  return {
    locator,
    errors: result.error.issues.map((issue) => {
      let found: unknown = raw;
      for (const key of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[key as string];
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const name = path.join('.') || '(top level)';
      const shown = issue.code === 'unrecognized_keys' ? '' : foundText(found, quoteValue);
      return { file, ...locator(path), message: `${name}: ${issueMessage(issue, found, keysAt(schema, issue.path))}${shown}` };
    }),
  };
}
