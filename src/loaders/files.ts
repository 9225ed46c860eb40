/** The project's input files, by role. One place so the loaders, the check script and the tests agree. */
export const DATA_FILES = {
  report: 'data/report.json',
  indicators: 'data/indicators.csv',
  values: 'data/values.csv',
  highlights: 'data/highlights.csv',
  boardMembers: 'data/board-members.csv',
  stakeholders: 'data/stakeholder-communication.csv',
  provisions: 'data/hkex-provisions.csv',
  mapping: 'data/hkex-mapping.csv',
  indicatorTranslations: 'data/indicator-translations.csv',
  provisionTranslations: 'data/provision-translations.csv',
  termTranslations: 'data/term-translations.csv',
  sectionTranslations: 'data/section-translations.csv',
} as const;

export const CONTENT_DIR = 'content';
