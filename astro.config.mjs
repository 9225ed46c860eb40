// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { reportValidation } from './src/integration.ts';
import { searchIndex } from './src/search-index.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';

/**
 * The site's address, from data/report.json (validated with the rest of the report): canonical URLs,
 * Open Graph and sitemap.xml need it. Without one, no sitemap is written and pages carry no canonical link.
 */
function siteUrl() {
  try {
    return JSON.parse(readFileSync(new URL('./data/report.json', import.meta.url), 'utf8')).siteUrl;
  } catch {
    return undefined; // a broken report.json is reported by the validation, with its line and column
  }
}
const site = siteUrl();

export default defineConfig({
  site,
  // Every page is a folder with index.html, so URLs end in "/" and work on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [reportValidation(), mdx(), ...(site ? [sitemap()] : []), searchIndex()],
  markdown: {
    // The remark/rehype pipeline (GFM tables, heading ids) instead of the default Rust processor,
    // because the site needs its own rehype plugin; it applies to MDX too.
    processor: unified({ rehypePlugins: [rehypeTableScroll] }),
    // The report has no code blocks; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
  },
  security: { csp: true },
});
