// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPublish, reportValidation } from './src/integration.ts';
import { tableScroll } from './src/lib/table-scroll.ts';
import { translatedHeadingIds } from './src/lib/translated-heading-ids.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, publishedLanguages } from './src/i18n/index.ts';

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
  // One cache per report folder, so entries of one report never show in another's build.
  ...(reportDir ? { cacheDir: join(generator, 'node_modules', '.astro', 'reports', basename(reportDir)) } : {}),
};

/**
 * The site's address, from the report's data/report.json (validated with the rest of the report): canonical URLs,
 * Open Graph and sitemap.xml need it. Without one, no sitemap is written and pages carry no canonical link.
 */
function readReport() {
  try {
    return JSON.parse(readFileSync(join(reportDir ?? generator, 'data', 'report.json'), 'utf8'));
  } catch {
    return {}; // a broken report.json is reported by the validation, with its line and column
  }
}
const report = readReport();
const site = report.siteUrl;

/**
 * The sitemap lists every edition, each URL with its alternates (xhtml:link hreflang): English at the root,
 * each other published language under its prefix (src/i18n LANGUAGES).
 */
function sitemapOptions() {
  const languages = publishedLanguages(report);
  if (languages.length < 2) return {};
  const locales = Object.fromEntries(languages.map((language) => [LANGUAGES[language].prefix || language, LANGUAGES[language].htmlLang]));
  return { i18n: { defaultLocale: DEFAULT_LANGUAGE, locales } };
}

export default defineConfig({
  ...elsewhere,
  site,
  // Every page is a folder with index.html, so URLs end in "/" and work on any static host.
  trailingSlash: 'always',
  // Stylesheets are files, never inlined: each small per-component sheet would otherwise add its hash to the CSP
  // of every page (Astro lists all inline style hashes site-wide), and files are cached from page to page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The publish steps (search index, PDF, data book, evidence pack) run over dist/ once Astro has written it.
  integrations: [reportValidation(), mdx(), ...(site ? [sitemap(sitemapOptions())] : []), reportPublish()],
  markdown: {
    // Astro 7's default processor (Sätteri, in Rust), with the site's hast plugins; it applies to MDX too.
    // The remark/rehype `unified()` processor gave the same HTML and took 17% more CPU (docs/performance.md).
    // A translated section's headings take the English anchors, so one anchor works in every edition.
    processor: satteri({ hastPlugins: [tableScroll, translatedHeadingIds] }),
    // The report has no code blocks; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
  },
  security: { csp: true },
  vite: {
    // In `astro dev`, Vite may serve the report folder's MDX even when it lies outside this repository.
    ...(reportDir ? { server: { fs: { allow: [generator, reportDir] } } } : {}),
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with a "use astro:head-inject" directive, and the bundler warns that it
        // may drop it: once per MDX file per build. Astro reads the directive before bundling, so the warning
        // is harmless (withastro/astro#18087); silencing that one warning keeps the build output readable.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
