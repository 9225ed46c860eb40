/**
 * A real Chromium for browser tests, found by the project's one browser locator (src/publish/browser.ts:
 * CHROME_PATH, then the npm-shipped @sparticuz/chromium, then the system's browser; nothing is downloaded),
 * and the static server for dist/ on the loopback interface.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/publish/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { DIST } from './site.ts';

export { launchBrowser, serve };

/** Chromium and a server for dist/, started before a test file's tests and stopped after them. */
export function useBrowserOnSite(): { browser: Browser; server: Server; origin: string } {
  const state = {} as { browser: Browser; server: Server; origin: string };
  beforeAll(async () => {
    state.browser = await launchBrowser();
    Object.assign(state, await serve(DIST));
  });
  afterAll(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return state;
}

/**
 * The font faces a page has loaded, "family weight" ("Noto Sans HK 700"), sorted. Not document.fonts.check(),
 * which is true for a family no face declares.
 */
export async function loadedFaces(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/["']/g, '')} ${face.weight}`));
  return faces.sort();
}
