/**
 * What each built page weighs: its HTML, the stylesheets and scripts it loads up front (chart.js loaded on
 * demand is not counted: it is fetched only when a chart nears the viewport), and the first round trip (gzipped
 * HTML plus gzipped render-blocking CSS, to compare with the 14 KB TCP initial window). Bytes, never time.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { drawsChart, pageTypeOf, type PageType } from './page-types.ts';

export interface PageBytes {
  /** URL path, e.g. "/people-oriented/". */
  path: string;
  /** undefined when no rule of bench/page-types.ts knows the path. */
  type: PageType | undefined;
  html: number;
  /** Stylesheets linked with rel="stylesheet" (render-blocking unless media="print"), bytes on disk. */
  css: number;
  /** Scripts with src and module preloads: what the page fetches before it is interactive. */
  js: number;
  /** gzip(HTML) + gzip(each render-blocking stylesheet): what must arrive before the first paint. */
  firstRoundTrip: number;
  /** The page draws a chart (a canvas with data-chart), so it may ship the chart loader. */
  hasChart: boolean;
}

export interface SiteBytes {
  pages: PageBytes[];
  /** Every file of dist/, in bytes. */
  distBytes: number;
  files: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag)?.slice(1).find((value) => value !== undefined);

/** Bytes of each HTML page of `dist`, and of dist/ as a whole. */
export function measureSite(dist: string): SiteBytes {
  if (!existsSync(dist)) throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
  const entries = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  let distBytes = 0;
  const pages: PageBytes[] = [];
  const gzipped = new Map<string, number>();
  const local = (url: string | undefined) => (url && url.startsWith('/') && !url.startsWith('//') ? join(dist, decodeURI(url.split(/[?#]/)[0]!)) : undefined);
  const sizeOf = (file: string | undefined) => (file && existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0);
  const gzipOf = (file: string | undefined) => {
    if (!file || sizeOf(file) === 0) return 0;
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
    return gzipped.get(file)!;
  };
  for (const entry of entries) {
    const file = join(entry.parentPath, entry.name);
    distBytes += statSync(file).size;
    if (!entry.name.endsWith('.html')) continue;
    const text = readFileSync(file, 'utf8');
    const path = '/' + relative(dist, file).split('\\').join('/').replace(/index\.html$/, '').replace(/\.html$/, '/');
    const page: PageBytes = { path, type: pageTypeOf(path, text), html: Buffer.byteLength(text), css: 0, js: 0, firstRoundTrip: gzipSync(text).length, hasChart: drawsChart(text) };
    for (const [tag] of text.matchAll(/<link\b[^>]*>/g)) {
      const rel = attribute(tag, 'rel');
      const href = local(attribute(tag, 'href'));
      if (rel === 'stylesheet') {
        page.css += sizeOf(href);
        if (attribute(tag, 'media') !== 'print') page.firstRoundTrip += gzipOf(href);
      } else if (rel === 'modulepreload') page.js += sizeOf(href);
    }
    for (const [tag] of text.matchAll(/<script\b[^>]*>/g)) page.js += sizeOf(local(attribute(tag, 'src')));
    pages.push(page);
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return { pages, distBytes, files: entries.length };
}

/** The largest HTML, CSS and JS of each page type (each figure is the maximum over the type's pages). */
export function largestByType(pages: PageBytes[]): Map<string, { pages: number; html: number; css: number; js: number; firstRoundTrip: number }> {
  const byType = new Map<string, { pages: number; html: number; css: number; js: number; firstRoundTrip: number }>();
  for (const page of pages) {
    const key = page.type ?? 'unknown';
    const row = byType.get(key) ?? { pages: 0, html: 0, css: 0, js: 0, firstRoundTrip: 0 };
    row.pages += 1;
    row.html = Math.max(row.html, page.html);
    row.css = Math.max(row.css, page.css);
    row.js = Math.max(row.js, page.js);
    row.firstRoundTrip = Math.max(row.firstRoundTrip, page.firstRoundTrip);
    byType.set(key, row);
  }
  return byType;
}
