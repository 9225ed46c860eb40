/**
 * The search index: after the build, Pagefind (through its Node API, as Starlight does it) reads every page's
 * `data-pagefind-body` element (main content only; the header, menu and footer are never indexed) and
 * writes the index and its small client to dist/pagefind/. Filters come from `data-pagefind-filter`
 * (page type, pillar) set by BaseLayout. A failure stops the build: a site without its search is half-built.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
