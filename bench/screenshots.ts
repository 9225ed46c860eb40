/**
 * `npm run screenshots [-- /path/ …]`: full-page PNGs of the built site for a person to look at, in the light and
 * the dark colour scheme at 1280 and 390 px. By default one page of each type: the home page, the longest section,
 * an indicator, /statistics/, /hkex-esg-guide/ and /data-quality/, plus the same pages of every other language
 * edition found in dist/ (a top-level folder with its own index.html, such as /zh-hk/).
 *
 * Writes test-results/screenshots/<page>-<width>-<scheme>.png (test-results/ is git-ignored) and prints each
 * path. Needs a built dist/ (`npm run build`) and the browser the project's locator finds (src/publish/browser.ts).
 * A review aid, not a test: tests assert behaviour (tests/e2e/).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../src/publish/browser.ts';
import { serve } from '../src/publish/serve.ts';
import { measureSite } from './site-bytes.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test-results', 'screenshots');
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

if (!existsSync(join(DIST, 'index.html'))) throw new Error('No dist/index.html: run `npm run build` first.');

function defaultPaths(): string[] {
  const site = measureSite(DIST);
  const longest = site.pages.filter((page) => page.type === 'section').sort((a, b) => b.html - a.html)[0];
  const indicator = site.pages.find((page) => page.type === 'indicator');
  const english = ['/', longest?.path, indicator?.path, '/statistics/', '/hkex-esg-guide/', '/data-quality/'].filter(
    (path): path is string => path !== undefined,
  );
  // Another edition lives under its own prefix with the same tree (e.g. /zh-hk/): the same pages there.
  const editions = readdirSync(DIST, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}(-[a-z]+)?$/.test(entry.name) && existsSync(join(DIST, entry.name, 'index.html')))
    .map((entry) => entry.name);
  return [...english, ...editions.flatMap((prefix) => english.map((path) => `/${prefix}${path}`))];
}

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaultPaths();
mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser();
const { origin, server } = await serve(DIST);
try {
  for (const width of WIDTHS)
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(origin + path, { waitUntil: 'load' });
        // Charts draw when they near the viewport: scroll through the page so every one is drawn in the picture.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 60));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForTimeout(300);
        const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';
        const file = join(OUT, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
} finally {
  await browser.close();
  server.close();
}
