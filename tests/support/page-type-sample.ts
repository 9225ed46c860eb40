/**
 * The quick per-page sample: the largest page of each page type (bench/page-types.ts) in one edition, where long
 * labels, wide tables and many charts are likeliest to break something. /print/ is left out: it is the whole
 * report on one page (a third of a sweep's time); tests/pages/every-page.test.ts checks it, and
 * tests/e2e/print.test.ts draws its charts.
 */
import { readFileSync, statSync } from 'node:fs';
import { pageTypeOf, type PageType } from '../../bench/page-types.ts';
import { htmlFile, sitePaths } from './site.ts';

/** The edition of a path: its language prefix ("zh-hk"), or "" for the default language at the root. */
export const editionOf = (path: string) => /^\/(zh-hk)\//.exec(path)?.[1] ?? '';

/** Page type → the largest page of that type in `edition` ("" or "zh-hk"), in dist/. */
export function largestOfEachType(edition: string): Map<PageType | undefined, string> {
  const largest = new Map<PageType | undefined, { path: string; bytes: number }>();
  for (const path of sitePaths()) {
    if (editionOf(path) !== edition) continue;
    const file = htmlFile(path);
    const type = pageTypeOf(path, readFileSync(file, 'utf8'));
    if (type === 'print') continue;
    const bytes = statSync(file).size;
    if ((largest.get(type)?.bytes ?? -1) < bytes) largest.set(type, { path, bytes });
  }
  return new Map([...largest].map(([type, page]) => [type, page.path]));
}
