/**
 * One wording for schema problems in every input file. zod's own messages ("Invalid input: expected string, received
 * undefined") are replaced by the sentences the CSV cells use ("expected a text", "missing: …"), so a problem in
 * data/report.json or in frontmatter reads like one in a CSV file. A schema's own `error` text, when it gives one,
 * is kept: it already says what is expected.
 */
import type { z } from 'astro/zod';
import { didYouMean } from './suggest.ts';

const KINDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

/** zod's default messages all start this way; a schema's own error text does not. */
const isDefault = (message: string) => /^(Invalid|Too (small|big)|Unrecognized key)/.test(message);

/**
 * The message for one zod issue (without the key path, which the caller prints first).
 * `found` is the value at the issue's path (undefined when the key is absent); `keys` the valid keys, for suggestions.
 */
export function issueMessage(issue: z.core.$ZodIssue, found: unknown, keys: readonly string[] = []): string {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return `unknown key ${JSON.stringify(key)}: expected only ${keys.join(', ')}${didYouMean(key, keys)}`;
  }
  if (!isDefault(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KINDS[issue.expected] ?? issue.expected;
      return found === undefined ? `missing: expected ${expected}` : `expected ${expected}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'expected a non-empty text';
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'expected an e-mail address such as ir@example.com' : `expected a ${issue.format}`;
    default:
      return issue.message;
  }
}

/** Shown after a message: ` (found "x")`, or "" when the key is absent. */
export function foundText(found: unknown, quote: (value: string) => string): string {
  if (found === undefined) return '';
  return ` (found ${quote(typeof found === 'string' ? found : JSON.stringify(found))})`;
}
