/** Smaller tables that sections render: board members, stakeholder communication, highlight figures. */
import { z } from 'astro/zod';
import { decimalText, kebabId, oneOf, optionalText, text, wholeNumber } from './cells.ts';

export const boardMemberSchema = z.object({
  /** Director's name as printed. */
  name: text(),
  /** Age in years at the report date. */
  age: wholeNumber(),
  /** Gender as printed. */
  gender: oneOf(['Male', 'Female'] as const),
  /** Position on the board. */
  position: text(),
});
export type BoardMember = z.infer<typeof boardMemberSchema>;

export const stakeholderSchema = z.object({
  /** Stakeholder group, repeated on each of its rows. */
  stakeholder: text(),
  /** A substantive issue the group is concerned with. */
  issue: text(),
  /** How the company responds to it. */
  response: text(),
});
export type StakeholderRow = z.infer<typeof stakeholderSchema>;

export const highlightSchema = z.object({
  /** Stable kebab-case id, unique across highlights and indicators; `<Value id>` cites it. */
  id: kebabId(),
  /** Where the report shows it: "<chapter>/<section>" or "<chapter>". */
  section: text().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/, { error: 'expected "chapter/section" such as "people-oriented/health"' }),
  /** The caption as printed. */
  label: text(),
  /** Optional word printed before the number: "over", "about". */
  qualifier: optionalText(),
  /** The number, plain decimal with its published decimals. */
  value: decimalText(),
  /** Unit printed after the number: "%", "million yuan". */
  unit: optionalText(),
});
export type Highlight = z.infer<typeof highlightSchema>;
