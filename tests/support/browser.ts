/**
 * A real Chromium for browser tests, found by the project's one browser locator (src/publish/browser.ts:
 * CHROME_PATH, then the npm-shipped @sparticuz/chromium, then the system's browser; nothing is downloaded),
 * and the static server for dist/ on the loopback interface.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
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
