/**
 * A translated section's headings take the anchors of its English original's headings, by position: "## 管治" in
 * content/zh-hk/about/index.mdx gets id="governance" like "## Governance" in content/about/index.mdx. Every anchor
 * of the report (data/hkex-mapping.csv locations, the HKEX index, the PDF's page numbers, the data book's links) is
 * the English slug, so it then works in every edition. The outlines are checked to match before anything renders
 * (src/validation/heading-outline.ts), so the n-th heading here is the n-th there.
 *
 * A Sätteri hast plugin factory for Astro's Markdown and MDX processor: it runs before Astro's own heading-ids
 * plugin, which keeps an id that is already set (and lists it in the page's headings, so the table of contents
 * links to it too). Files that are not translations are left alone.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { defineHastPlugin } from 'satteri';
import { LANGUAGES, TRANSLATION_LANGUAGES } from '../i18n/index.ts';
import { CONTENT_DIR, reportRoot } from '../loaders/files.ts';
import { readSection } from '../loaders/mdx.ts';

const PREFIXES = new Set<string>(TRANSLATION_LANGUAGES.map((language) => LANGUAGES[language].prefix));

/**
 * The English anchors for the headings of `file` (an absolute path), in order, or undefined when it is not a
 * translated section (content/<language prefix>/<chapter>/<section>.mdx) or its original cannot be read.
 */
export function englishHeadingSlugs(file: string, root: string = reportRoot()): string[] | undefined {
  const content = join(root, CONTENT_DIR);
  const [prefix, ...rest] = relative(content, file).split(sep);
  if (!prefix || !PREFIXES.has(prefix) || rest.length === 0) return undefined;
  const inContent = rest.join('/');
  let source: string;
  try {
    source = readFileSync(join(content, ...rest), 'utf8');
  } catch {
    return undefined; // no English original: the validation has already said so
  }
  return readSection(`${CONTENT_DIR}/${inContent}`, inContent, source.replace(/\r\n?/g, '\n')).section.headings.map((heading) => heading.slug);
}

/** The plugin: null (left out) for a file that is not a translation. */
export function translatedHeadingIds(context: PluginFactoryContext) {
  const slugs = context.fileURL ? englishHeadingSlugs(fileURLToPath(context.fileURL)) : undefined;
  if (!slugs) return null;
  let index = 0;
  return defineHastPlugin({
    name: 'translated-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const slug = slugs[index++];
        if (slug !== undefined && typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', slug);
      },
    },
  });
}
