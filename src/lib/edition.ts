/**
 * The report's own words (issuer, title, guide name) as one language's edition prints them: data/report.json
 * `translations[language]`, or the English words for English and for a language without an entry.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';
import type { Report } from '../schemas/report.ts';

export interface EditionWords {
  issuer: string;
  title: string;
  guideName: string;
}

export function editionWords(report: Pick<Report, 'issuer' | 'title' | 'guide' | 'translations'>, language: Language = DEFAULT_LANGUAGE): EditionWords {
  const english = { issuer: report.issuer, title: report.title, guideName: report.guide.name };
  if (language === DEFAULT_LANGUAGE) return english;
  return { ...english, ...report.translations?.[language] };
}
