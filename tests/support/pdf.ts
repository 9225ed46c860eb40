/** Read the built PDF with mupdf (from npm): its pages' text, outline, metadata and catalogue. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { paths } from '../../src/lib/paths.ts';
import { loadReportModel } from '../../src/model/from-project.ts';
import { DIST, ROOT } from './site.ts';

export const model = loadReportModel(ROOT);
export const PDF_FILE = join(DIST, paths.pdf(model.report));
/** The Chinese (Hong Kong) edition's PDF. */
export const PDF_FILE_ZH = join(DIST, paths.pdf(model.report, 'zh-hk'));

export interface OutlineEntry {
  title: string;
  /** 1-based */
  page: number;
  depth: number;
}

export interface ReadPdf {
  document: mupdf.Document;
  /** Each page's text with runs of white space as one space; index 0 is page 1. */
  pages: string[];
  outline: OutlineEntry[];
}

/**
 * Text for comparing: runs of white space as one space (line breaks inside a cell or a title do not matter),
 * a word broken after its hyphen joined again ("part- time" → "part-time"), typographic quotes as straight ones
 * (Markdown headings get curly quotes; frontmatter and CSV text keep what the editor typed).
 */
export const flat = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .trim();

export function readPdf(file = PDF_FILE): ReadPdf {
  if (!existsSync(file)) throw new Error(`No PDF at ${file}: run \`npm run build\` first (npm test does).`);
  const document = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
  const pages: string[] = [];
  for (let index = 0; index < document.countPages(); index++) pages.push(flat(document.loadPage(index).toStructuredText('').asText()));
  const outline: OutlineEntry[] = [];
  const walk = (items: NonNullable<ReturnType<mupdf.Document['loadOutline']>>, depth: number) => {
    for (const item of items) {
      outline.push({ title: flat(item.title ?? ''), page: (item.page ?? -1) + 1, depth });
      if (item.down) walk(item.down, depth + 1);
    }
  };
  walk(document.loadOutline() ?? [], 0);
  return { document, pages, outline };
}
