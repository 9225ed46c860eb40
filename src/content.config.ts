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
import type { SectionInput } from './model/types.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { mappingSchema } from './schemas/mapping.ts';
import { provisionSchema } from './schemas/provision.ts';
import { reportSchema } from './schemas/report.ts';
import { sectionFrontmatterSchema } from './schemas/section.ts';
import { boardMemberSchema, highlightSchema, stakeholderSchema } from './schemas/tables.ts';
import { valueRowSchema } from './schemas/value.ts';
import type { QualityReport } from './validation/consistency.ts';

/** Rows arrive already parsed by the CSV loader; the collection keeps their output types and CSV position. */
const located = z.object({ order: z.number(), line: z.number(), raw: z.string() });
const parsed = <T extends z.ZodType>(_schema: T) => z.custom<z.output<T>>(() => true).and(located);

const sections = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    // The report's folder (ESG_REPORT_DIR, else this repository): see src/loaders/files.ts.
    base: join(reportRoot(), CONTENT_DIR),
    // "chapter/index.mdx" is the chapter "chapter"; "chapter/section.mdx" is "chapter/section".
    generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, ''),
  }),
  schema: sectionFrontmatterSchema,
});

export const collections = {
  sections,
  sectionIndex: defineCollection({ loader: sectionIndexLoader(), schema: z.custom<SectionInput & { order: number }>(() => true) }),
  report: defineCollection({ loader: reportLoader(), schema: z.custom<z.output<typeof reportSchema>>(() => true) }),
  indicators: defineCollection({ loader: csvTableLoader('indicators', (row) => row.id), schema: parsed(indicatorSchema) }),
  values: defineCollection({ loader: csvTableLoader('values', (row) => `${row.indicator}/${row.year}`), schema: parsed(valueRowSchema) }),
  highlights: defineCollection({ loader: csvTableLoader('highlights', (row) => row.id), schema: parsed(highlightSchema) }),
  boardMembers: defineCollection({ loader: csvTableLoader('boardMembers', (_, index) => String(index)), schema: parsed(boardMemberSchema) }),
  stakeholders: defineCollection({ loader: csvTableLoader('stakeholders', (_, index) => String(index)), schema: parsed(stakeholderSchema) }),
  provisions: defineCollection({ loader: csvTableLoader('provisions', (row) => `${row.version}/${row.code}`), schema: parsed(provisionSchema) }),
  mapping: defineCollection({ loader: csvTableLoader('mapping', (row) => row.code), schema: parsed(mappingSchema) }),
  quality: defineCollection({ loader: qualityLoader(), schema: z.custom<QualityReport>(() => true) }),
};
