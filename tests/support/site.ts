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

/** URL path of every HTML page of dist/, sorted, without parsing them (for browser tests, which only visit them). */
export function sitePaths(dist = DIST): string[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run \`npm run build\` first (npm test does).`);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => '/' + relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/').replace(/index\.html$/, '').replace(/\.html$/, '/'))
    .sort((a, b) => a.localeCompare(b));
}

/** The HTML file of a URL path of sitePaths() ("/x/" is x/index.html, "/404/" is 404.html). */
export function htmlFile(path: string, dist = DIST): string {
  const index = join(dist, path, 'index.html');
  return existsSync(index) ? index : join(dist, `${path.replace(/\/$/, '')}.html`);
}

const parsed = new Map<string, Page[]>();

/**
 * Every HTML page of `dist`, parsed once per test worker (about 2 s of CPU for 304 pages): files in a worker share
 * it (vitest runs the build layer without isolation). A site is never rebuilt into the same folder during a run;
 * the trees are shared, so tests only read them.
 */
export function readSite(dist = DIST): Page[] {
  let pages = parsed.get(dist);
  if (!pages) parsed.set(dist, (pages = parseSite(dist)));
  return pages;
}

function parseSite(dist: string): Page[] {
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

/**
 * Every internal link of `pages` that lands nowhere: "from → href (no page)" for a path that is neither a page nor a
 * file of `dist`, "from → href (no anchor)" for a fragment that is no element id on the page it links to.
 */
export function brokenLinks(pages: Page[], dist = DIST): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const ids = new Map<string, Set<string>>();
  const broken: string[] = [];
  for (const page of pages)
    for (const link of elements(page, 'a[href]')) {
      const href = String(link.properties.href);
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue; // mailto:, https:
      const url = new URL(href, `https://site.invalid${page.path}`);
      const target = byPath.get(url.pathname);
      const isFile = existsSync(join(dist, decodeURIComponent(url.pathname)));
      if (!target && !isFile) broken.push(`${page.path} → ${href} (no page)`);
      else if (target && url.hash) {
        if (!ids.has(target.path)) ids.set(target.path, idsOf(target));
        if (!ids.get(target.path)!.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.path} → ${href} (no anchor)`);
      }
    }
  return broken;
}

/**
 * The @font-face rules of a font stylesheet of `dist` ("/fonts/noto-sans-hk.css"): each face's weight, its file
 * under /fonts/ (a face whose url is elsewhere throws) and its unicode-range, if any.
 */
export function fontFaces(stylesheet: string, dist = DIST): { weight: number; file: string; range: string | undefined }[] {
  const css = readFileSync(join(dist, stylesheet), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
    weight: Number(/font-weight:\s*(\d+)/.exec(body!)![1]),
    file: /url\('\/fonts\/([^']+)'\)/.exec(body!)![1]!,
    range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1],
  }));
}
