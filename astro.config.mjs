// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPublish, reportValidation } from './src/integration.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';

/**
 * Which report to build. By default the one in this repository (content/ and data/ beside this file).
 * ESG_REPORT_DIR=<folder> (relative to the current directory, or absolute) builds another report with the
 * same code: the loaders read its content/ and data/ (src/loaders/files.ts reportRoot), and the site is
 * written to <folder>/dist, or to ESG_OUT_DIR. Astro's own root stays here, where its code and packages are.
 */
const generator = fileURLToPath(new URL('.', import.meta.url));
const reportDir = process.env.ESG_REPORT_DIR ? resolve(process.env.ESG_REPORT_DIR) : undefined;
const outDir = process.env.ESG_OUT_DIR ? resolve(process.env.ESG_OUT_DIR) : reportDir ? join(reportDir, 'dist') : undefined;
const elsewhere = {
  ...(outDir ? { outDir } : {}),
  // One cache per report folder, so entries of one report never show in another's build; in `astro dev`, Vite may
  // serve the report folder's MDX even when it lies outside this repository.
  ...(reportDir
    ? {
        cacheDir: join(generator, 'node_modules', '.astro', 'reports', basename(reportDir)),
        vite: { server: { fs: { allow: [generator, reportDir] } } },
      }
    : {}),
};

export default defineConfig({
  ...elsewhere,
  // Every page is a folder with index.html, so URLs end in "/" and work on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [reportValidation(), mdx(), reportPublish()],
  markdown: {
    // The remark/rehype pipeline (GFM tables, heading ids) instead of the default Rust processor,
    // because the site needs its own rehype plugin; it applies to MDX too.
    processor: unified({ rehypePlugins: [rehypeTableScroll] }),
    // The report has no code blocks; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
  },
  security: { csp: true },
});
