/**
 * `npm run lighthouse`: Lighthouse (npm) in its default mobile mode on five page types of the built site, in
 * every published language: the home page, the longest section, an indicator, /statistics/ and /hkex-esg-guide/
 * (and the same pages under /zh-hk/). Prints the four category scores, the bytes each page transfers and the
 * bytes of font among them (Lighthouse's network requests of resourceType "Font"), and the metrics that weigh
 * on the performance score. Figures only, not a test: scores vary with the machine's load.
 * `LIGHTHOUSE_REPORTS=<folder>` also writes each page's JSON report there; `LIGHTHOUSE_PATHS=/,/zh-hk/` measures
 * only those paths.
 *
 * Needs a built dist/ (`npm run build`) and Chromium: CHROME_PATH, else CHROMIUM_PATH, else /tmp/chromium
 * (where @sparticuz/chromium extracts one), else the browser chrome-launcher finds.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measureSite } from './site-bytes.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const site = measureSite(DIST);
const inEnglish = site.pages.filter((page) => !page.path.startsWith('/zh-hk/'));
const longest = inEnglish.filter((page) => page.type === 'section').sort((a, b) => b.html - a.html)[0];
const indicator = inEnglish.find((page) => page.type === 'indicator');
const english = ['/', longest?.path, indicator?.path, '/statistics/', '/hkex-esg-guide/'].filter((path): path is string => path !== undefined);
// The same pages in each other edition that was built (its prefix: src/i18n LANGUAGES; bench/page-types.ts).
const prefixes = [...new Set(site.pages.map((page) => /^\/(zh-hk)\//.exec(page.path)?.[1]).filter((prefix): prefix is string => prefix !== undefined))];
const all = [...english, ...prefixes.flatMap((prefix) => english.map((path) => `/${prefix}${path}`))].filter((path) => site.pages.some((page) => page.path === path));
const paths = process.env.LIGHTHOUSE_PATHS ? process.env.LIGHTHOUSE_PATHS.split(',') : all;
const reports = process.env.LIGHTHOUSE_REPORTS;
if (reports) mkdirSync(reports, { recursive: true });

const chromePath = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/tmp/chromium'].find((path) => path && existsSync(path));
const port = 4400 + Math.floor(Math.random() * 500);
const preview = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
  cwd: ROOT,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const origin = `http://127.0.0.1:${port}`;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(origin + '/')).ok) break;
    } catch {
      if (tries > 300) throw new Error('astro preview did not start within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (simulated throttling), ${chromePath ?? 'Chrome found by chrome-launcher'}\n`);
  const columns = ['perf', 'a11y', 'bp', 'seo', 'bytes', 'font B', 'fonts', 'FCP ms', 'LCP ms', 'SI ms', 'TBT ms', 'CLS'];
  console.log(`${'page'.padEnd(58)}${columns.map((column) => column.padStart(8)).join('')}`);
  // One run not counted: the first page a fresh Chromium loads paints about 2 s late (its fonts and caches start
  // cold; observed first paint 2,220 ms against 250–1,300 ms for the pages after it), which Lantern carries into
  // that page's Speed Index (3.5 s instead of 0.9 s) and score, whichever page comes first.
  await lighthouse(origin + paths[0], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  for (const path of paths) {
    const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result!.lhr;
    if (reports) writeFileSync(join(reports, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.json`), JSON.stringify(lhr));
    const scores = CATEGORIES.map((category) => String(Math.round((lhr.categories[category]?.score ?? 0) * 100)));
    const bytes = lhr.audits['total-byte-weight']?.numericValue ?? 0;
    const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
    const fonts = requests.filter((request) => request.resourceType === 'Font');
    const fontBytes = fonts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time'].map((id) => String(Math.round(metric(id))));
    const row = [...scores, String(Math.round(bytes)), String(fontBytes), String(fonts.length), ...metrics, metric('cumulative-layout-shift').toFixed(3)];
    console.log(`${path.padEnd(58)}${row.map((cell) => cell.padStart(8)).join('')}`);
  }
} finally {
  chrome?.kill();
  preview.kill();
}
