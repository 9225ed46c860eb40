/**
 * The site's own words per language: indicator names, units and topics, provision subjects and aspects,
 * chapter and section titles. English comes from the English tables and content/; another language from the
 * translation tables and content/<language>/ frontmatter. Validation guarantees completeness for every
 * published language; for a language still in progress a missing word falls back to English, and
 * `translated` says whether the words are that language's own.
 */
import { LANGUAGE_CODES, DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Provision } from '../schemas/provision.ts';
import type { IndicatorTranslation, ProvisionTranslation, SectionTranslation, TermKind, TermTranslation, TranslationSource } from '../schemas/translation.ts';

export interface IndicatorWords {
  name: string;
  label?: string;
  unit: string;
  topic: string;
  definition: string;
  /** False when this language has no row for the indicator and English stands in. */
  translated: boolean;
}

export interface ProvisionWords {
  subject: string;
  area: string;
  aspect: string;
  /** Whose wording the subject is; English subjects are this project's plain-language summaries. */
  source: TranslationSource;
  translated: boolean;
}

export interface SectionWords {
  title: string;
  summary: string;
  /** True when content/<language>/ has the section's body; otherwise the English body is shown, with a notice. */
  bodyTranslated: boolean;
  translated: boolean;
}

/** A translated section's frontmatter, as the section index carries it. */
export interface TranslatedSectionInput {
  id: string;
  language: Language;
  title: string;
  summary?: string;
}

export interface TranslationTables {
  indicators: IndicatorTranslation[];
  provisions: ProvisionTranslation[];
  terms: TermTranslation[];
  sections: SectionTranslation[];
  translatedSections: TranslatedSectionInput[];
}

export const NO_TRANSLATIONS: TranslationTables = { indicators: [], provisions: [], terms: [], sections: [], translatedSections: [] };

const others = LANGUAGE_CODES.filter((language) => language !== DEFAULT_LANGUAGE);

/** Words for every language from a function giving a language's own words (undefined: not translated). */
function perLanguage<T extends { translated: boolean }>(english: Omit<T, 'translated'>, own: (language: Language) => Omit<T, 'translated'> | undefined): Record<Language, T> {
  const words = { [DEFAULT_LANGUAGE]: { ...english, translated: true } } as Record<Language, T>;
  for (const language of others) {
    const found = own(language);
    words[language] = { ...english, ...found, translated: found !== undefined } as T;
  }
  return words;
}

export function wordsBuilder(tables: TranslationTables) {
  const key = (...parts: string[]) => parts.join('\u0000');
  const terms = new Map(tables.terms.map((row) => [key(row.kind, row.term, row.language), row.translation]));
  const term = (kind: TermKind, english: string, language: Language) => terms.get(key(kind, english, language)) ?? english;
  const indicators = new Map(tables.indicators.map((row) => [key(row.indicator, row.language), row]));
  const provisions = new Map(tables.provisions.map((row) => [key(row.version, row.code, row.language), row]));
  const sectionRows = new Map(tables.sections.map((row) => [key(row.section, row.language), row]));
  const sectionFiles = new Map(tables.translatedSections.map((row) => [key(row.id, row.language), row]));

  return {
    term,
    indicator: (indicator: Indicator): Record<Language, IndicatorWords> =>
      perLanguage<IndicatorWords>(
        { name: indicator.name, label: indicator.label, unit: indicator.unit, topic: indicator.topic, definition: indicator.definition },
        (language) => {
          const row = indicators.get(key(indicator.id, language));
          if (!row) return undefined;
          return {
            name: row.name,
            label: row.label,
            unit: term('unit', indicator.unit, language),
            topic: term('topic', indicator.topic, language),
            definition: row.definition ?? indicator.definition,
          };
        },
      ),
    provision: (provision: Provision): Record<Language, ProvisionWords> =>
      perLanguage<ProvisionWords>({ subject: provision.subject, area: provision.area, aspect: provision.aspect, source: 'project' }, (language) => {
        const row = provisions.get(key(provision.version, provision.code, language));
        if (!row) return undefined;
        return { subject: row.subject, area: term('area', provision.area, language), aspect: term('aspect', provision.aspect, language), source: row.source };
      }),
    section: (id: string, english: { title: string; summary: string }): Record<Language, SectionWords> => {
      const words = perLanguage<SectionWords>({ ...english, bodyTranslated: true }, (language) => {
        const file = sectionFiles.get(key(id, language));
        if (file) return { title: file.title, summary: file.summary ?? english.summary, bodyTranslated: true };
        const row = sectionRows.get(key(id, language));
        if (!row) return undefined;
        return { title: row.title, summary: row.summary ?? english.summary, bodyTranslated: false };
      });
      // The English body stands in for a language without its own file.
      for (const language of others) words[language].bodyTranslated = sectionFiles.has(key(id, language));
      return words;
    },
  };
}
