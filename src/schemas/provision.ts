/** The HKEX ESG Reporting Guide's provision list (`data/hkex-provisions.csv`), one list per version of the Guide. */
import { z } from 'astro/zod';
import { oneOf, text } from './cells.ts';

/** "A1", "A1.2", "B8.2", "D1" (a later Part D), or our label for a mandatory requirement: "MDR-1", "MDR-2a". */
export const PROVISION_CODE = /^(?:[A-Z]\d{1,2}(?:\.\d{1,2})?|MDR-\d+[a-z]?)$/;

export const PROVISION_KINDS = ['mandatory', 'general-disclosure', 'kpi'] as const;

export const provisionSchema = z.object({
  /** Version of the Guide the row belongs to, e.g. "2023" (the report names the one it follows). */
  version: text(),
  /** Provision code, e.g. "A1.2"; mandatory requirements carry our labels "MDR-1" … */
  code: text().regex(PROVISION_CODE, { error: 'expected a provision code such as "A1", "A1.2" or "MDR-1"' }),
  /** Subject area, e.g. "Mandatory disclosure requirements", "A. Environmental", "B. Social". */
  area: text(),
  /** Aspect, e.g. "Emissions". */
  aspect: text(),
  /** mandatory, general-disclosure or kpi ("comply or explain" are the last two). */
  kind: oneOf(PROVISION_KINDS),
  /** What the provision asks for, in our own words. */
  subject: text(),
});

export type Provision = z.infer<typeof provisionSchema>;
