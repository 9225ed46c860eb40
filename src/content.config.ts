/**
 * Collections: the report's sections (MDX in content/, glob loader) and one collection per data table
 * (our CSV loader, which validates every file and every reference before any collection is filled).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { CONTENT_DIR, reportRoot } from './loaders/files.ts';
import { csvTableLoader, qualityLoader, reportLoader, sectionIndexLoader } from './loaders/content-layer.ts';
import type { TranslatedSectionInput } from './model/words.ts';
import type { SectionInput } from './model/types.ts';
import { reportSchema } from './schemas/report.ts';
import { sectionFrontmatterSchema, translatedFrontmatterSchema } from './schemas/section.ts';
import { TABLES, type TableName, type TableRow } from './loaders/tables.ts';
import type { QualityReport } from './validation/consistency.ts';

/** Rows arrive already parsed and validated by the project loader; the collection keeps their types and CSV position. */
type Located<K extends TableName> = TableRow<K> & { order: number; line: number; raw: string };

/** One collection per table of the registry (loaders/tables.ts): a new table there is a new collection here. */
const tableCollection = <K extends TableName>(name: K) =>
  defineCollection({ loader: csvTableLoader(name), schema: z.custom<Located<K>>(() => true) });
const tableCollections = Object.fromEntries((Object.keys(TABLES) as TableName[]).map((name) => [name, tableCollection(name)])) as {
  [K in TableName]: ReturnType<typeof tableCollection<K>>;
};

/**
 * Every section's MDX: the English ones ("chapter/section") and the translations under content/<language>/
 * ("zh-hk/chapter/section"), whose frontmatter is the translated form (title, summary). One collection, so a
 * report without translations builds without an empty glob. The project loader has validated every file and
 * keeps translations out of the chapters; pages pick an entry with lib/section-content.ts.
 */
const sections = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    // The report's folder (ESG_REPORT_DIR, else this repository): see src/loaders/files.ts.
    base: join(reportRoot(), CONTENT_DIR),
    // "chapter/index.mdx" is the chapter "chapter"; "chapter/section.mdx" is "chapter/section".
    generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, ''),
  }),
  schema: z.union([sectionFrontmatterSchema, translatedFrontmatterSchema]),
});

export const collections = {
  sections,
  sectionIndex: defineCollection({
    loader: sectionIndexLoader(),
    schema: z.custom<(SectionInput | TranslatedSectionInput) & { order: number }>(() => true),
  }),
  report: defineCollection({ loader: reportLoader(), schema: z.custom<z.output<typeof reportSchema>>(() => true) }),
  ...tableCollections,
  quality: defineCollection({ loader: qualityLoader(), schema: z.custom<QualityReport>(() => true) }),
};
