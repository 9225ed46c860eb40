/** Smaller tables that sections render: board members, stakeholder communication, highlight figures. */
import { z } from 'astro/zod';
import { decimalText, kebabId, oneOf, optionalOneOf, optionalText, optionalWholeNumber, patternText, text, wholeNumber } from './cells.ts';
import { SCALE_WORDS } from '../lib/scale.ts';

export const boardMemberSchema = z.object({
  name: text("Director's name as printed."),
  age: wholeNumber('Age in years, as printed.'),
  gender: oneOf(['Male', 'Female'] as const, 'Gender as printed.'),
  position: text('Position on the board.'),
});
export type BoardMember = z.infer<typeof boardMemberSchema>;

export const stakeholderSchema = z.object({
  stakeholder: text('Stakeholder group, repeated on each of its rows.'),
  issue: text('A substantive issue the group is concerned with.'),
  response: text('How the company responds to it.'),
});
export type StakeholderRow = z.infer<typeof stakeholderSchema>;

export const highlightSchema = z.object({
  id: kebabId('Stable kebab-case id, unique across highlights and indicators; <Value id> cites it.'),
  section: patternText(
    'Where the report shows it: "chapter/section" or "chapter".',
    /^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/,
    'expected "chapter/section" such as "people-oriented/health"',
  ),
  label: text('The caption as printed.'),
  qualifier: optionalText('Optional word printed before the number: "over", "about".'),
  value: decimalText('The number in its base unit, as a plain decimal: 21400000, not 21.40 (the scale column says how the call-out prints it).'),
  unit: optionalText('Unit printed after the number (and after the scale word): "%", "yuan", "pieces".'),
  scale: optionalOneOf(SCALE_WORDS, 'How the call-out prints the number: thousand, million or billion (48000 with thousand prints "48 thousand"); empty for as is.'),
  decimals: optionalWholeNumber('Decimals the call-out prints after scaling, where the report prints more than needed ("21.40 million" is 2); empty for as needed.'),
});
export type Highlight = z.infer<typeof highlightSchema>;
