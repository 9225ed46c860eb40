/** Read the built site in dist/: its pages, their visible text, links and ids. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export interface Page {
  /** URL path, e.g. "/people-oriented/" */
  path: string;
  file: string;
  tree: Root;
}

/** Every HTML page of dist/, parsed once. */
export function readSite(dist = DIST): Page[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run \`npm run build\` first (npm test does).`);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = '/' + relative(dist, file).split('\\').join('/').replace(/index\.html$/, '').replace(/\.html$/, '/');
      return { path, file, tree: fromHtml(readFileSync(file, 'utf8')) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The text a reader sees on a page (no scripts, styles or hidden metadata). */
export function visibleText(page: Page): string {
  const body = select('body', page.tree);
  return body ? toText(body) : '';
}

export function elements(page: Page, selector: string): Element[] {
  return selectAll(selector, page.tree);
}

/** ids on a page, for anchor checks. */
export function idsOf(page: Page): Set<string> {
  return new Set(elements(page, '[id]').map((element) => String(element.properties.id)));
}
