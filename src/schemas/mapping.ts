/** This report's answer to each provision (`data/hkex-mapping.csv`): the single source of which section covers what. */
import { z } from 'astro/zod';
import { KEBAB_ID, oneOf, optionalText, text, wordList } from './cells.ts';
import { PROVISION_CODE } from './provision.ts';

export const MAPPING_STATUSES = ['disclosed', 'explained', 'not-applicable'] as const;

/** A location: "<chapter>/<section>#<anchor>", "<chapter>#<anchor>", or without the anchor. */
export const LOCATION = /^[a-z0-9-]+(?:\/[a-z0-9-]+)?(?:#[a-z0-9-]+)?$/;

export const mappingSchema = z.object({
  /** Provision code of the Guide version the report follows. */
  code: text().regex(PROVISION_CODE, { error: 'expected a provision code such as "A1.2" or "MDR-1"' }),
  /** disclosed, explained or not-applicable. */
  status: oneOf(MAPPING_STATUSES),
  /** Where the report discloses it, space-separated: "be-proud-of-being-green/emission-management#greenhouse-gas-emissions". */
  locations: wordList(LOCATION, 'chapter/section#heading-anchor'),
  /** Indicator ids that quantify the provision, space-separated. */
  indicators: wordList(KEBAB_ID, 'ghg-scope-1 ghg-scope-2'),
  /** The explanation, for a provision explained or not applicable. */
  explanation: optionalText(),
  /** What the report's own printed index said, where it differs (kept for the record). */
  printed: optionalText(),
});

export type MappingRow = z.infer<typeof mappingSchema>;
