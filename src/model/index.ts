/** The report model for pages: read from the content collections once per build. */
import { getCollection, type CollectionKey } from 'astro:content';
import { buildReportModel } from './build.ts';
import type { ReportModel, SectionInput } from './types.ts';
import type { TranslatedSectionInput } from './words.ts';

let model: Promise<ReportModel> | undefined;

const rows = async <T>(name: CollectionKey) =>
  ((await getCollection(name)) as unknown as { data: T & { order: number } }[])
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order) as T[];

export function getReportModel(): Promise<ReportModel> {
  // Built once per build; in `astro dev` per request, so an edit to data/ or content/ shows on reload.
  if (import.meta.env.DEV) model = undefined;
  model ??= (async () => {
    const [report] = await getCollection('report');
    const [quality] = await getCollection('quality');
    // One collection holds the English sections and the translated ones (which carry their language).
    const sectionEntries = await rows<SectionInput | TranslatedSectionInput>('sectionIndex');
    const isTranslated = (entry: SectionInput | TranslatedSectionInput): entry is TranslatedSectionInput => 'language' in entry;
    return buildReportModel({
      report: report!.data,
      indicators: await rows('indicators'),
      values: await rows('values'),
      highlights: await rows('highlights'),
      boardMembers: await rows('boardMembers'),
      stakeholders: await rows('stakeholders'),
      provisions: await rows('provisions'),
      mapping: await rows('mapping'),
      sections: sectionEntries.filter((entry): entry is SectionInput => !isTranslated(entry)),
      quality: quality!.data,
      translations: {
        indicators: await rows('indicatorTranslations'),
        provisions: await rows('provisionTranslations'),
        terms: await rows('termTranslations'),
        sections: await rows('sectionTranslations'),
        translatedSections: sectionEntries.filter(isTranslated),
      },
    });
  })();
  return model;
}

export type * from './types.ts';
export type { CellValue, Restatement } from './values.ts';
