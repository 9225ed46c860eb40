/** Join the validated tables into the report model: lookups, breakdown trees, reading order, HKEX mapping, backlinks. */
import type { ChapterModel, IndicatorModel, ProvisionModel, ReportModel, ReportTables, SectionModel } from './types.ts';
import { cellOf } from './values.ts';
import { deriveYears } from './derived.ts';
import { emptyQuality, type QualityReport } from '../validation/consistency.ts';
import { NO_TRANSLATIONS, wordsBuilder } from './words.ts';
// The component registry says which ids each MDX component cites (the same entry validation checks).
import { citedIds } from '../validation/components.ts';

/** The rules that check an indicator: sum and ratio rules with all their checks, bound and jump rules with its own. */
function rulesOf(quality: QualityReport, id: string): IndicatorModel['rules'] {
  return quality.rules
    .filter((rule) => rule.indicators.includes(id))
    .map((rule) => ({ rule, checks: rule.checks.filter((check) => check.indicator === undefined || check.indicator === id) }))
    .filter((item) => item.checks.length > 0);
}

/**
 * Join the tables into the model. English fields keep their names (`indicator.name`, `section.title`); the
 * words of every language are under `words[language]` (see words.ts), so English output does not change.
 */
export function buildReportModel(tables: ReportTables): ReportModel {
  const words = wordsBuilder(tables.translations ?? NO_TRANSLATIONS);
  const quality = tables.quality ?? emptyQuality();
  const indicatorIds = new Set(tables.indicators.map((indicator) => indicator.id));

  const sectionModels: SectionModel[] = tables.sections.map((input) => ({
    id: input.id,
    chapterId: input.chapter,
    isChapter: input.section === undefined,
    title: input.frontmatter.title,
    summary: input.frontmatter.summary,
    order: input.frontmatter.order,
    number: input.frontmatter.number,
    headings: input.headings,
    cites: [...new Set(input.components.flatMap(citedIds).filter((id) => indicatorIds.has(id)))],
    words: words.section(input.id, { title: input.frontmatter.title, summary: input.frontmatter.summary }),
  }));
  const sectionById = new Map(sectionModels.map((section) => [section.id, section]));

  const byOrder = (a: SectionModel, b: SectionModel) => a.order - b.order || a.title.localeCompare(b.title);
  const chapters: ChapterModel[] = sectionModels
    .filter((section) => section.isChapter)
    .sort(byOrder)
    .map((chapter) => {
      const model = chapter as ChapterModel;
      model.sections = sectionModels.filter((section) => !section.isChapter && section.chapterId === chapter.id).sort(byOrder);
      return model;
    });
  const readingOrder = chapters.flatMap((chapter) => [chapter, ...chapter.sections]);

  // Backlinks in one pass over the sections (in reading order), not one pass per indicator.
  const citedBy = new Map<string, SectionModel[]>();
  for (const section of readingOrder)
    for (const id of section.cites) {
      const list = citedBy.get(id);
      if (list) list.push(section);
      else citedBy.set(id, [section]);
    }
  const indicators: IndicatorModel[] = tables.indicators.map((indicator) => ({
    ...indicator,
    values: new Map(),
    valueRows: [],
    years: [],
    children: [],
    citedBy: citedBy.get(indicator.id) ?? [],
    provisions: [],
    rules: rulesOf(quality, indicator.id),
    words: words.indicator(indicator),
  }));
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  for (const row of tables.values) {
    const indicator = indicatorById.get(row.indicator);
    if (!indicator) continue;
    indicator.values.set(row.year, cellOf(row));
    indicator.valueRows.push({ year: row.year, raw: row.raw ?? '' });
  }
  const newestFirst = (a: number, b: number) => b - a;
  for (const indicator of indicators) {
    indicator.years = [...indicator.values.keys()].sort(newestFirst);
    indicator.valueRows.sort((a, b) => newestFirst(a.year, b.year));
    if (indicator.parent) {
      indicator.parentIndicator = indicatorById.get(indicator.parent);
      indicator.parentIndicator?.children.push(indicator);
    }
    if (indicator.formula)
      indicator.derived = deriveYears(indicator.formula, indicator.years, (id, year) => indicatorById.get(id)?.values.get(year));
  }

  const mappingByCode = new Map(tables.mapping.map((row) => [row.code, row]));
  const provisions: ProvisionModel[] = tables.provisions
    .filter((provision) => provision.version === tables.report.guide.version)
    .map((provision) => {
      const mapping = mappingByCode.get(provision.code);
      return {
        ...provision,
        words: words.provision(provision),
        status: mapping?.status ?? 'explained',
        explanation: mapping?.explanation,
        printed: mapping?.printed,
        indicators: (mapping?.indicators ?? []).map((id) => indicatorById.get(id)).filter((item) => item !== undefined),
        locations: (mapping?.locations ?? []).flatMap((location) => {
          const [id, anchor] = location.split('#') as [string, string | undefined];
          const section = sectionById.get(id);
          if (!section) return [];
          const heading = anchor ? section.headings.find((item) => item.slug === anchor) : undefined;
          return [{ section, anchor, label: heading?.text ?? section.title }];
        }),
      };
    });
  const provisionByCode = new Map(provisions.map((provision) => [provision.code, provision]));
  for (const indicator of indicators)
    indicator.provisions = indicator.hkex.map((code) => provisionByCode.get(code)).filter((item) => item !== undefined);

  const provisionsBySection = new Map<string, ProvisionModel[]>();
  for (const provision of provisions)
    for (const location of provision.locations) {
      const list = provisionsBySection.get(location.section.id) ?? [];
      if (!list.includes(provision)) list.push(provision);
      provisionsBySection.set(location.section.id, list);
    }

  const restatements = indicators.flatMap((indicator) =>
    indicator.years.flatMap((year) => {
      const cell = indicator.values.get(year)!;
      return cell.restated ? [{ indicator, year, cell, ...cell.restated }] : [];
    }),
  );

  return {
    report: tables.report,
    indicators,
    indicatorById,
    highlights: tables.highlights,
    highlightById: new Map(tables.highlights.map((highlight) => [highlight.id, highlight])),
    boardMembers: tables.boardMembers,
    stakeholders: tables.stakeholders,
    chapters,
    readingOrder,
    sectionById,
    provisions,
    provisionByCode,
    provisionsBySection,
    quality,
    restatements,
    term: words.term,
  };
}
