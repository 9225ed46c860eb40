/**
 * The search index: after the build (a publish step, src/integration.ts), Pagefind (through its Node API, as Starlight
 * does it) reads every page's `data-pagefind-body` element (main content only; the header, menu and footer are never
 * indexed) and writes the index and its small client to dist/pagefind/. Filters come from `data-pagefind-filter` (page
 * type, pillar) set by BaseLayout. A failure stops the build: a site without its search is half-built. Only the index
 * and the client the search page loads are written: Pagefind's stock UIs (pagefind-ui, the modular and component UIs,
 * the highlighter) are unused here, and its Node API has no switch for them, so the files are taken from `getFiles()`
 * and the UI ones left out.
 *
 * One index per language: Pagefind splits the pages by `<html lang>` and the client loads the index of the
 * search page's own language. The npm package runs Pagefind's *extended* binary (`pagefind_extended`, which
 * the @pagefind/<platform> package ships), which segments Chinese text into words when indexing; the client
 * segments the query with the browser's Intl.Segmenter. Every published language must have its index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGES, publishedLanguages } from './i18n/index.ts';
import type { PublishStep } from './publish/steps.ts';

/** Pages indexed per language, from the index's entry file (pagefind-entry.json): { "en": 149, "zh-hk": 149 }. */
export function indexedLanguages(pagefindDirectory: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(pagefindDirectory, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]));
}

/** Pagefind's stock search UIs and result highlighter, which the site does not use (src/scripts/search.ts talks to pagefind.js). */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * The publish step (src/publish/steps.ts) that writes the search index. It only reads the pages, and Pagefind
 * indexes in its own process, so it runs beside the steps after it (the PDF, the data outputs) and the step that
 * rewrites pages (the PDF download links) waits for it: it indexes the pages as Astro wrote them.
 */
export const searchIndexStep: PublishStep = {
  name: 'search index',
  pages: 'read',
  async run({ dist, model, logger }) {
    const { createIndex, close } = await import('pagefind');
    const output = join(dist, 'pagefind');
    try {
      const { index, errors } = await createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: dist });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const { files, errors: failed } = await index.getFiles();
      if (failed.length > 0) throw new Error(`Pagefind could not write the index: ${failed.join('; ')}`);
      for (const file of files) {
        if (UNUSED_PAGEFIND_FILE.test(file.path)) continue;
        const path = join(output, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
      }
    } finally {
      await close();
    }
    const indexed = indexedLanguages(output);
    const expected = publishedLanguages(model.report).map((language) => LANGUAGES[language].htmlLang.toLowerCase());
    const missing = expected.filter((language) => !indexed[language]);
    if (missing.length > 0)
      throw new Error(`The search index has no pages in ${missing.join(', ')} (it has ${JSON.stringify(indexed)}): check <html lang> on those pages.`);
    logger.info(`Search index: ${Object.entries(indexed).map(([language, pages]) => `${pages} pages in ${language}`).join(', ')}.`);
  },
};
