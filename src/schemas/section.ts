/** Frontmatter of a report section or chapter introduction (`content/<chapter>/<section>.mdx`). */
import { z } from 'astro/zod';

export const sectionFrontmatterSchema = z.strictObject({
  /** Title as the report prints it; rendered as the page's <h1>. */
  title: z.string().trim().min(1),
  /** Position: chapters sort by it among chapters, sections within their chapter. */
  order: z.number().int().min(0),
  /** One or two plain sentences for listings, search results and the meta description. */
  summary: z.string().trim().min(1),
  /** Chapter number as printed ("03"), for chapter introductions only. */
  number: z.string().regex(/^\d{2}$/, { error: 'expected two digits such as "03"' }).optional(),
});

export type SectionFrontmatter = z.infer<typeof sectionFrontmatterSchema>;

/**
 * Frontmatter of a translated section (`content/<language>/<chapter>/<section>.mdx`): its title and summary in
 * that language. Order and chapter number come from the English original, so they cannot drift.
 */
export const translatedFrontmatterSchema = z.strictObject({
  /** Title in the section's language; rendered as the page's <h1>. */
  title: z.string().trim().min(1),
  /** Listing and meta description sentence(s); the English summary is used when absent. */
  summary: z.string().trim().min(1).optional(),
});

export type TranslatedFrontmatter = z.infer<typeof translatedFrontmatterSchema>;

/** First path segments the site itself uses: a chapter may not take them. */
export const RESERVED_SLUGS = [
  'indicators',
  'statistics',
  'data',
  'data-quality',
  'hkex-esg-guide',
  'print',
  'search',
  'zh-hk',
  'pagefind',
  'fonts',
  '_astro',
] as const;
