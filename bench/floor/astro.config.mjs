// The bare-Astro floor: the same MDX as plain pages with one layout and stub components, Astro's defaults
// otherwise (no validation, no model, no remark/rehype plugin, no CSP). See bench/run.ts.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, integrations: [mdx()] });
