/**
 * Byte budgets of the built site, kept in one data file (bench/budgets.json) that tests/build/budgets.test.ts
 * reads. `checkBudgets` lists every page over its budget; `proposeBudgets` turns measured sizes into new
 * budgets (the largest page of each type plus a small margin).
 *
 * `npm run budgets` measures dist/ and prints the proposal; `npm run budgets -- --write` writes it to
 * bench/budgets.json. Re-run after a change that rightly makes pages heavier (a redesign, a new page type).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { largestByType, measureSite, type PageBytes, type SiteBytes } from './site-bytes.ts';

export const BUDGETS_FILE = join(import.meta.dirname, 'budgets.json');

/** The TCP initial congestion window: 10 segments of 1,460 bytes, about 14 KB (RFC 6928). */
export const INITIAL_WINDOW = 14_600;

export interface Budgets {
  /** Why these figures, and how to re-set them. */
  note: string;
  /** Largest allowed HTML, CSS and up-front JS of one page, per page type (bench/page-types.ts), in bytes. */
  types: Record<string, { html: number; css: number; js: number }>;
  /** Largest allowed dist/ size divided by the number of HTML pages, in bytes. */
  distPerPage: number;
  /**
   * Page types allowed past the initial window, with their own limit (gzipped HTML + render-blocking CSS, bytes):
   * pages that are one long listing by design (the whole report for printing, the HKEX index, the data-quality
   * page). Every other type must fit INITIAL_WINDOW. Kept short on purpose: tests/build/budgets.test.ts names them.
   */
  firstRoundTrip?: Record<string, number>;
}

export function readBudgets(file = BUDGETS_FILE): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

/**
 * Every broken budget of a measured site, one sentence each (empty when all hold): a page over its type's HTML,
 * CSS or JS budget, a page of no known type, a page without a chart (other than search) that ships JavaScript,
 * a page whose first round trip passes the initial window, and dist/ per page over its budget.
 */
export function checkBudgets(site: SiteBytes, budgets: Budgets): string[] {
  const failures: string[] = [];
  for (const page of site.pages) {
    const budget = page.type && budgets.types[page.type];
    if (!budget) {
      failures.push(`${page.path}: no budget for page type ${page.type ?? '(no rule in bench/page-types.ts)'}: run \`npm run budgets\``);
      continue;
    }
    for (const kind of ['html', 'css', 'js'] as const)
      if (page[kind] > budget[kind]) failures.push(`${page.path}: ${kind.toUpperCase()} ${page[kind]} B over the ${page.type} budget of ${budget[kind]} B`);
    if (page.js > 0 && page.type !== 'search' && !page.hasChart) failures.push(`${page.path}: ${page.js} B of JavaScript on a page without a chart: expected 0`);
    const window = budgets.firstRoundTrip?.[page.type!] ?? INITIAL_WINDOW;
    if (page.firstRoundTrip > window)
      failures.push(
        window === INITIAL_WINDOW
          ? `${page.path}: HTML + render-blocking CSS is ${page.firstRoundTrip} B gzipped, over the ${INITIAL_WINDOW} B initial window`
          : `${page.path}: HTML + render-blocking CSS is ${page.firstRoundTrip} B gzipped, over the ${page.type} limit of ${window} B`,
      );
  }
  const perPage = Math.round(site.distBytes / site.pages.length);
  if (perPage > budgets.distPerPage) failures.push(`dist/: ${perPage} B per page over the budget of ${budgets.distPerPage} B`);
  return failures;
}

/** The measured size plus 5% and 256 bytes, rounded up to 100 bytes; 0 stays 0 (a page with no JS keeps none). */
const withMargin = (bytes: number) => (bytes === 0 ? 0 : Math.ceil((bytes * 1.05 + 256) / 100) * 100);

/**
 * Budgets for a measured site: each type's largest page plus a small margin. The long-page types keep their
 * place past the initial window (re-measured), but no type is added there: that is a decision, not a measurement.
 */
export function proposeBudgets(site: SiteBytes, current = readBudgets()): Budgets {
  const types: Budgets['types'] = {};
  const largest = largestByType(site.pages);
  for (const [type, row] of [...largest].sort(([a], [b]) => a.localeCompare(b)))
    if (type !== 'unknown') types[type] = { html: withMargin(row.html), css: withMargin(row.css), js: withMargin(row.js) };
  const firstRoundTrip = Object.fromEntries(
    Object.keys(current.firstRoundTrip ?? {}).map((type) => [type, withMargin(largest.get(type)?.firstRoundTrip ?? 0)]),
  );
  return { note: current.note, types, distPerPage: withMargin(Math.round(site.distBytes / site.pages.length)), firstRoundTrip };
}

export type { PageBytes };

if (import.meta.main) {
  const dist = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? join(import.meta.dirname, '..', 'dist');
  const site = measureSite(dist);
  const proposal = proposeBudgets(site);
  const text = JSON.stringify(proposal, null, 2) + '\n';
  if (process.argv.includes('--write')) {
    writeFileSync(BUDGETS_FILE, text);
    console.log(`Wrote ${BUDGETS_FILE} from ${site.pages.length} pages of ${dist}.`);
  } else {
    console.log(text);
    console.log(`Proposed from ${site.pages.length} pages of ${dist}; write them with \`npm run budgets -- --write\`.`);
  }
}
