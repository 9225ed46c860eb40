/** The editors' column reference is generated from the schemas and kept in the repository; it must be current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnReference } from '../../src/lib/column-reference.ts';
import { ROOT } from '../support/site.ts';

describe('docs/data-columns.md', () => {
  it('matches the schemas (run `npm run docs` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'data-columns.md'), 'utf8')).toBe(columnReference());
  });
});
