/**
 * `astro dev` shows a data error in the browser, with the same `file:line:column` list as `npm run check`, and
 * renders the page again once the file is fixed; it serves the Chinese edition with its font. Runs the real dev
 * server on a copy of the bilingual fixture (the dev server's code path is the same for any report, and a small one
 * starts sooner) and a real Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadedFaces } from '../support/browser.ts';
import { copyGenerator } from '../support/build.ts';
import { makeProject } from '../support/fixtures.ts';
import { ROOT } from '../support/site.ts';

const PORT = 4321 + Math.floor(Math.random() * 1000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let directory: string;
let server: ChildProcess;
let browser: Browser;
let log = '';

beforeAll(async () => {
  // A project of its own (its own .astro/ folder and cache), so builds running beside it share no file with it.
  directory = makeProject('bilingual');
  copyGenerator(directory);
  server = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: directory,
    // Not vitest's environment (NODE_ENV=test, VITEST…): the dev server as an editor starts it.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Colour codes stripped: with CI=true the logger colours its labels ("[report]") even into a pipe.
  const append = (chunk: Buffer) => (log += chunk.toString().replace(/\u001b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', append);
  server.stderr!.on('data', append);
  browser = await launchBrowser();
  // Ready when a page renders.
  for (let attempt = 0; attempt < 180; attempt++) {
    const ok = await fetch(`${ORIGIN}/indicators/ghg-total/`, { signal: AbortSignal.timeout(60_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`astro dev did not start:\n${log}`);
}, 200_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(directory, { recursive: true, force: true });
});

const editValues = (from: string, to: string) => {
  const file = join(directory, 'data', 'values.csv');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

/** Reload until `check` passes (the loaders revalidate a moment after the file changes). */
async function reloadUntil(page: Page, check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    await page.goto(`${ORIGIN}/indicators/ghg-total/`).catch(() => undefined);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`gave up waiting; server log:\n${log}`);
}

describe('astro dev', () => {
  it('shows a bad value in the error overlay, then the page again once it is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/indicators/ghg-total/`);
    await expect(page.locator('main').textContent()).resolves.toContain('1,701.13');

    editValues('ghg-total,2025,1701.13,,', 'ghg-total,2025,17O1.13,,');
    const overlay = page.locator('vite-error-overlay');
    await reloadUntil(page, async () => (await overlay.count()) > 0);
    // The overlay is a custom element that draws its text in a shadow root.
    const overlayText = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent ?? '');
    expect(overlayText.replace(/\s+/g, ' ')).toContain(
      'data/values.csv:2:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "17O1.13")',
    );
    expect(overlayText).toContain('The report has errors');

    // Fixed back to the published figure: any other total would break the consistency rules (scopes, per employee).
    editValues('ghg-total,2025,17O1.13,,', 'ghg-total,2025,1701.13,,');
    await reloadUntil(page, async () => (await overlay.count()) === 0 && ((await page.locator('main').textContent()) ?? '').includes('1,701.13'));
    expect(log).toContain('[report] The report\'s content and data have 1 error:');
    expect(log).not.toContain('[section-index]');
  }, 240_000);

  it('serves the Chinese cover with both weights of its font (the edition\'s cut under the cover\'s names)', async () => {
    // The font routes were 404 in dev once: with trailingSlash "always", Astro served an endpoint without an
    // extension in its route name only at ".../".
    const page = await browser.newPage();
    const fonts: { path: string; status: number }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'font') fonts.push({ path: new URL(response.url()).pathname, status: response.status() });
    });
    await page.goto(`${ORIGIN}/zh-hk/`, { waitUntil: 'load' });
    expect(await loadedFaces(page)).toEqual(['Noto Sans HK 400', 'Noto Sans HK 700']);
    expect(fonts.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: '/fonts/noto-sans-hk-cover-zh-hk-400.woff2', status: 200 },
      { path: '/fonts/noto-sans-hk-cover-zh-hk-700.woff2', status: 200 },
    ]);
    await page.close();
  }, 120_000);

  it('serves the /data/ files from the report, the JSON versions too', async () => {
    // Once 404 for the JSON, and the CSV answered from the folder the server runs in, whatever report it built.
    const csv = await fetch(`${ORIGIN}/data/values.csv`);
    expect(csv.status).toBe(200);
    expect(new Uint8Array(await csv.arrayBuffer())).toEqual(new Uint8Array(readFileSync(join(directory, 'data', 'values.csv'))));
    const json = await fetch(`${ORIGIN}/data/values.json`);
    expect([json.status, json.headers.get('content-type')]).toEqual([200, 'application/json']);
    // One typed row per row of the CSV (the fixture's rows all have a header line and no multi-line cell).
    const rows = readFileSync(join(directory, 'data', 'values.csv'), 'utf8').trim().split('\n').length - 1;
    expect(((await json.json()) as { indicator: string }[]).map((row) => typeof row.indicator)).toEqual(Array(rows).fill('string'));
  }, 60_000);
});
