// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { reportPublish, reportValidation } from './src/integration.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';

export default defineConfig({
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
