/** The project's input files, by role. One place so the loaders, the check script and the tests agree. */
import { resolve } from 'node:path';
export const DATA_FILES = {
  report: 'data/report.json',
  indicators: 'data/indicators.csv',
  values: 'data/values.csv',
  highlights: 'data/highlights.csv',
  boardMembers: 'data/board-members.csv',
  stakeholders: 'data/stakeholder-communication.csv',
  provisions: 'data/hkex-provisions.csv',
  mapping: 'data/hkex-mapping.csv',
  rules: 'data/rules.csv',
  ruleExceptions: 'data/rule-exceptions.csv',
  indicatorTranslations: 'data/indicator-translations.csv',
  provisionTranslations: 'data/provision-translations.csv',
  termTranslations: 'data/term-translations.csv',
  sectionTranslations: 'data/section-translations.csv',
  literalNumbers: 'data/literal-numbers.csv',
} as const;

export const CONTENT_DIR = 'content';

/**
 * The folder of the report to read: `content/` and `data/` are read from it and the site is written to its
 * `dist/`. An explicit folder, else the environment variable ESG_REPORT_DIR, else the current directory;
 * relative paths are resolved against the current directory. astro.config.mjs and `npm run check` use it.
 */
export function reportRoot(folder: string | undefined = process.env.ESG_REPORT_DIR): string {
  return resolve(folder ?? '.');
}
