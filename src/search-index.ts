/**
 * The search index: after the build, Pagefind (through its Node API, as Starlight does it) reads every page's
 * `data-pagefind-body` element (main content only; the header, menu and footer are never indexed) and
 * writes the index and its small client to dist/pagefind/. Filters come from `data-pagefind-filter`
 * (page type, pillar) set by BaseLayout. A failure stops the build: a site without its search is half-built.
 * Only the index and the client the search page loads are written: Pagefind's stock UIs (pagefind-ui, the modular
 * and component UIs, the highlighter) are unused here, and its Node API has no switch for them, so the files are
 * taken from `getFiles()` and the UI ones left out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Pagefind's stock search UIs and result highlighter, which the site does not use (src/scripts/search.ts talks to pagefind.js). */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export function searchIndex(): AstroIntegration {
  return {
    name: 'esg-report-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const { files, errors: failed } = await index.getFiles();
          if (failed.length > 0) throw new Error(`Pagefind could not write the index: ${failed.join('; ')}`);
          for (const file of files) {
            if (UNUSED_PAGEFIND_FILE.test(file.path)) continue;
            const path = join(site, 'pagefind', file.path);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
          }
          logger.info(`Search index: ${added.page_count} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
