/**
 * The report's own words in a language: issuer, title and guide name. English is data/report.json's `issuer`,
 * `title` and `guide.name`; another language its `translations[language]` (required for every published
 * language by validation/report.ts; English stands in for a language the report does not publish).
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';
import type { Report } from '../schemas/report.ts';

export interface ReportWords {
  issuer: string;
  title: string;
  guideName: string;
}

export function reportWords(report: Pick<Report, 'issuer' | 'title' | 'guide' | 'translations'>, language: Language): ReportWords {
  const own = language === DEFAULT_LANGUAGE ? undefined : report.translations?.[language];
  return own ?? { issuer: report.issuer, title: report.title, guideName: report.guide.name };
}
