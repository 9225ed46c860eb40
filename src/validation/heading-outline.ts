/**
 * A translation keeps its English original's heading outline: the same number of headings, each at the same
 * depth. Its headings then take the English headings' anchors by position (src/lib/translated-heading-ids.ts),
 * so a link to "about#governance" from data/hkex-mapping.csv, the PDF or the data book lands on the same heading
 * in every edition. Each difference is an error at the translated heading, naming the English file and line.
 */
import type { DataError } from '../loaders/errors.ts';
import type { Heading } from '../loaders/mdx.ts';

interface Outlined {
  file: string;
  headings: readonly Pick<Heading, 'depth' | 'text' | 'slug' | 'line'>[];
}

const marks = (depth: number) => '#'.repeat(depth);

/** Errors for a translated section whose headings differ in count or depth from its English original's. */
export function checkHeadingOutline(english: Outlined, translated: Outlined): DataError[] {
  const errors: DataError[] = [];
  const count = Math.max(english.headings.length, translated.headings.length);
  const why = 'a translation keeps the English heading outline, whose anchors its headings take';
  for (let index = 0; index < count; index++) {
    const original = english.headings[index];
    const translation = translated.headings[index];
    if (original && translation && original.depth !== translation.depth)
      errors.push({
        file: translated.file,
        line: translation.line,
        column: 1,
        message: `heading ${index + 1} "${marks(translation.depth)} ${translation.text}" is level ${translation.depth} where the English original ${english.file}:${original.line}:1 has "${marks(original.depth)} ${original.text}" (#${original.slug}) at level ${original.depth}: ${why}`,
      });
    else if (translation && !original)
      errors.push({
        file: translated.file,
        line: translation.line,
        column: 1,
        message: `heading ${index + 1} "${marks(translation.depth)} ${translation.text}" has no counterpart: the English original ${english.file} has ${english.headings.length} heading${english.headings.length === 1 ? '' : 's'}; ${why}`,
      });
    else if (original && !translation) {
      const last = translated.headings.at(-1);
      errors.push({
        file: translated.file,
        line: last?.line ?? 1,
        column: 1,
        message: `missing heading ${index + 1}: the English original has "${marks(original.depth)} ${original.text}" (#${original.slug}) at ${english.file}:${original.line}:1, this file has ${translated.headings.length} heading${translated.headings.length === 1 ? '' : 's'}; ${why}`,
      });
    }
  }
  return errors;
}
