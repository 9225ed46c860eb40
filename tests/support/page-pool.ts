/**
 * Run a check on many pages of the site with a few browser tabs at once, in one browser: the per-page browser
 * checks wait mostly on page loads, so a small pool finishes sooner than one tab, even on two cores.
 * Results come back in the order of `paths`, so failures list the same way on every run.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** Tabs at once: enough to overlap page loads, few enough to stay steady on a loaded two-core machine. */
export const TABS = 3;

/**
 * `check` each path in one of `tabs` tabs (each its own browser context made with `options`). `initScript`, when
 * given, is added to each context once and runs in every page before the page's own scripts (through the DevTools
 * protocol, so the pages' CSP does not apply to it).
 */
export async function forEachPage<T>(
  browser: Browser,
  paths: readonly string[],
  options: BrowserContextOptions,
  check: (page: Page, path: string) => Promise<T>,
  tabs = TABS,
  initScript?: string,
): Promise<T[]> {
  const results: T[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    const context = await browser.newContext(options);
    if (initScript) await context.addInitScript({ content: initScript });
    const page = await context.newPage();
    try {
      while (next < paths.length) {
        const index = next++;
        results[index] = await check(page, paths[index]!);
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, worker));
  return results;
}
