/**
 * How much of the report each language other than English translates: section bodies, titles and summaries,
 * indicator names and definitions, provisions of the followed Guide (and how many in the Exchange's own
 * wording), and terms (units, topics, areas, aspects). One function, printed by `npm run check` and the build.
 */
import type { ProjectData } from '../loaders/project.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, publishedLanguages, type Language } from '../i18n/index.ts';
import { termsInUse } from '../validation/translations.ts';

export interface Count {
  translated: number;
  total: number;
}

export interface LanguageCoverage {
  language: Language;
  published: boolean;
  /** Section bodies: translated MDX files per English MDX file. */
  sections: Count;
  titles: Count;
  summaries: Count;
  indicatorNames: Count;
  definitions: Count;
  /** Provisions of the report's Guide version; `hkexWording` of them in the Exchange's own wording. */
  provisions: Count & { hkexWording: number };
  terms: Count;
}

const count = (translated: number, total: number): Count => ({ translated, total });

/** Coverage for each language that is published or has any translation, default language excluded. */
export function translationCoverage(data: ProjectData): LanguageCoverage[] {
  const published = publishedLanguages(data.report);
  const mentioned = new Set<string>([
    ...published,
    ...data.translatedSections.map((section) => section.language),
    ...[data.indicatorTranslations, data.provisionTranslations, data.termTranslations, data.sectionTranslations].flatMap((rows) =>
      rows.map((row) => row.data.language),
    ),
  ]);
  const version = data.report.guide.version;
  const provisionCodes = new Set(data.provisions.filter((row) => row.data.version === version).map((row) => row.data.code));
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));
  const sectionIds = new Set(data.sections.map((section) => section.id));
  const inUse = Object.entries(termsInUse(data)).flatMap(([kind, { terms }]) => [...terms].map((term) => `${kind} ${term}`));

  return LANGUAGE_CODES.filter((language) => language !== DEFAULT_LANGUAGE && mentioned.has(language)).map((language) => {
    const of = <T extends { language: string }>(rows: { data: T }[]) => rows.map((row) => row.data).filter((row) => row.language === language);
    const files = data.translatedSections.filter((section) => section.language === language && sectionIds.has(section.id));
    const rows = of(data.sectionTranslations).filter((row) => sectionIds.has(row.section));
    const indicators = of(data.indicatorTranslations).filter((row) => indicatorIds.has(row.indicator));
    const provisions = of(data.provisionTranslations).filter((row) => row.version === version && provisionCodes.has(row.code));
    const terms = new Set(of(data.termTranslations).map((row) => `${row.kind} ${row.term}`));
    return {
      language,
      published: published.includes(language),
      sections: count(files.length, sectionIds.size),
      titles: count(new Set([...files.map((file) => file.id), ...rows.map((row) => row.section)]).size, sectionIds.size),
      summaries: count(
        new Set([...files.filter((file) => file.frontmatter?.summary).map((file) => file.id), ...rows.filter((row) => row.summary).map((row) => row.section)]).size,
        sectionIds.size,
      ),
      indicatorNames: count(indicators.length, indicatorIds.size),
      definitions: count(indicators.filter((row) => row.definition).length, indicatorIds.size),
      provisions: { ...count(provisions.length, provisionCodes.size), hkexWording: provisions.filter((row) => row.source === 'hkex').length },
      terms: count(inUse.filter((key) => terms.has(key)).length, inUse.length),
    };
  });
}

/** One line per language: "Translation coverage zh-hk (published): sections 0/31 translated (titles 31/31, …)". */
export function formatCoverage(coverage: LanguageCoverage[]): string[] {
  const of = ({ translated, total }: Count) => `${translated}/${total}`;
  return coverage.map(
    (item) =>
      `Translation coverage ${item.language} (${item.published ? 'published' : 'not published'}): ` +
      `sections ${of(item.sections)} translated (titles ${of(item.titles)}, summaries ${of(item.summaries)}); ` +
      `indicator names ${of(item.indicatorNames)} (definitions ${of(item.definitions)}); ` +
      `provisions ${of(item.provisions)} (${item.provisions.hkexWording} in the Exchange's wording); terms ${of(item.terms)}.`,
  );
}
