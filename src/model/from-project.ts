/**
 * The report model from a project read by the loaders (outside Astro: the post-build publish steps),
 * the same model the pages get from the content collections (src/model/index.ts).
 */
import { loadProject, type ValidatedProject } from '../validation/validate.ts';
import { buildReportModel } from './build.ts';
import type { ReportModel } from './types.ts';

export function modelFromProject(data: ValidatedProject): ReportModel {
  const rows = <T>(table: { data: T }[]) => table.map((row) => row.data);
  return buildReportModel({
    report: data.report,
    indicators: rows(data.indicators),
    values: data.values.map((row) => ({ ...row.data, raw: row.raw })),
    highlights: rows(data.highlights),
    boardMembers: rows(data.boardMembers),
    stakeholders: rows(data.stakeholders),
    provisions: rows(data.provisions),
    mapping: rows(data.mapping),
    quality: data.quality,
    sections: data.sections.map((section) => ({
      id: section.id,
      chapter: section.chapter,
      section: section.section,
      frontmatter: section.frontmatter!,
      headings: section.headings.map(({ depth, text, slug }) => ({ depth, text, slug })),
      components: section.components.map(({ name, attributes }) => ({ name, attributes })),
    })),
    // As the translated-section-index collection has them (src/loaders/content-layer.ts).
    translations: {
      indicators: rows(data.indicatorTranslations),
      provisions: rows(data.provisionTranslations),
      terms: rows(data.termTranslations),
      sections: rows(data.sectionTranslations),
      translatedSections: data.translatedSections
        .filter((section) => section.frontmatter !== undefined)
        .map((section) => ({ id: section.id, language: section.language, title: section.frontmatter!.title, summary: section.frontmatter!.summary })),
    },
  });
}

/** Reads and validates the project at `root` and builds its model. @throws ReportValidationError listing every error. */
export function loadReportModel(root: string): ReportModel {
  return modelFromProject(loadProject(root));
}
