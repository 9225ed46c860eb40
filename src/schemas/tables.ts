/** Smaller tables that sections render: board members, stakeholder communication, highlight figures. */
import { z } from 'astro/zod';
import { decimalText, kebabId, oneOf, optionalText, patternText, text, wholeNumber } from './cells.ts';

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
  value: decimalText('The number: a plain decimal with its published decimals.'),
  unit: optionalText('Unit printed after the number: "%", "million yuan".'),
});
export type Highlight = z.infer<typeof highlightSchema>;
