/** `npm run docs`: write docs/data-columns.md from the schemas. */
import { writeFileSync } from 'node:fs';
import { columnReference } from '../src/lib/column-reference.ts';

writeFileSync(new URL('../docs/data-columns.md', import.meta.url), columnReference());
console.log('Wrote docs/data-columns.md');
