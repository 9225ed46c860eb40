// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { reportPublish, reportValidation } from './src/integration.ts';
import { tableScroll } from './src/lib/table-scroll.ts';

export default defineConfig({
  // Every page is a folder with index.html, so URLs end in "/" and work on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [reportValidation(), mdx(), reportPublish()],
  markdown: {
    // Astro 7's default processor (Sätteri, in Rust), with the site's one hast plugin; it applies to MDX too.
    // The remark/rehype `unified()` processor gave the same HTML and took 17% more CPU (docs/performance.md).
    processor: satteri({ hastPlugins: [tableScroll] }),
    // The report has no code blocks; Shiki's inline styles would also break the strict CSP.
    syntaxHighlight: false,
  },
  security: { csp: true },
  vite: {
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
