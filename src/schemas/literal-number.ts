/**
 * Reviewed coincidences (`data/literal-numbers.csv`): a number typed in prose that equals a figure in data/ but is a
 * different quantity ("100% compliance treatment" is not the 100% usage increase). Every other such number must be
 * cited with <Value>. Kept in data, beside the figures, so reviewing one is an editor's change, not a code change.
 */
import { z } from 'astro/zod';
import { text } from './cells.ts';

export const literalNumberSchema = z.object({
  file: text('The MDX file, e.g. "content/responsible-operation/data-governance.mdx".'),
  number: text('The number as typed in the prose, e.g. "100".'),
  after: text('The first characters after the number, enough to tell the place, e.g. "%".'),
  reason: text('Why this is a different quantity from the figure in data/ it equals.'),
});
export type LiteralNumber = z.infer<typeof literalNumberSchema>;
