/** This report's answer to each provision (`data/hkex-mapping.csv`): the single source of which section covers what. */
import { z } from 'astro/zod';
import { KEBAB_ID, oneOf, optionalText, patternText, wordList } from './cells.ts';
import { PROVISION_CODE, PROVISION_CODE_ERROR } from './provision.ts';

export const MAPPING_STATUSES = ['disclosed', 'explained', 'not-applicable'] as const;

/**
 * A location: "<chapter>/<section>#<anchor>", "<chapter>#<anchor>", or without the anchor. An anchor is the heading's
 * slug as the build makes it (github-slugger): letters and digits of any script, "-" and "_" ("碳排放-carbon-emissions").
 */
export const LOCATION = /^[a-z0-9-]+(?:\/[a-z0-9-]+)?(?:#[\p{L}\p{M}\p{N}_-]+)?$/u;

export const mappingSchema = z.object({
  code: patternText('Provision code of the Guide version the report follows.', PROVISION_CODE, PROVISION_CODE_ERROR),
  status: oneOf(MAPPING_STATUSES, 'disclosed, explained or not-applicable.'),
  locations: wordList(LOCATION, 'chapter/section#heading-anchor', 'Where the report discloses it, space-separated: "chapter/section#heading-anchor".'),
  indicators: wordList(KEBAB_ID, 'ghg-scope-1 ghg-scope-2', 'Indicator ids that quantify the provision, space-separated.'),
  explanation: optionalText('The explanation for a provision explained or not applicable; otherwise a note on the disclosure.'),
  printed: optionalText("What the report's own printed index gave as the location, where it differs."),
});

export type MappingRow = z.infer<typeof mappingSchema>;
