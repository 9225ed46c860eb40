/** The HKEX ESG Reporting Guide's provision list (`data/hkex-provisions.csv`), one list per version of the Guide. */
import { z } from 'astro/zod';
import { oneOf, patternText, text } from './cells.ts';

/** "A1", "A1.2", "B8.2", "D1" (a later Part D), or our label for a mandatory requirement: "MDR-1", "MDR-2a". */
export const PROVISION_CODE = /^(?:[A-Z]\d{1,2}(?:\.\d{1,2})?|MDR-\d+[a-z]?)$/;
const CODE_ERROR = 'expected a provision code such as "A1", "A1.2" or "MDR-1"';

export const PROVISION_KINDS = ['mandatory', 'general-disclosure', 'kpi'] as const;

export const provisionSchema = z.object({
  version: text('Version of the Guide the row belongs to, e.g. "2020"; data/report.json names the one the report follows.'),
  code: patternText('Provision code, e.g. "A1.2"; the mandatory requirements carry our labels "MDR-1" …', PROVISION_CODE, CODE_ERROR),
  area: text('Subject area, e.g. "Mandatory disclosure requirements", "A. Environmental", "B. Social".'),
  aspect: text('Aspect, e.g. "Emissions".'),
  kind: oneOf(PROVISION_KINDS, 'mandatory, general-disclosure or kpi (the last two are "comply or explain").'),
  subject: text('What the provision asks for, in our own words.'),
});

export type Provision = z.infer<typeof provisionSchema>;
export { CODE_ERROR as PROVISION_CODE_ERROR };
