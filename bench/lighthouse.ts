/**
 * `npm run lighthouse`: Lighthouse (npm) in its default mobile mode on five pages of the built site: the home
 * page, the longest section, an indicator, /statistics/ and /hkex-esg-guide/. Prints the four category scores
 * and the bytes each page transfers. Figures only, not a test: scores vary with the machine's load.
 *
 * Needs a built dist/ (`npm run build`) and Chromium: CHROME_PATH, else CHROMIUM_PATH, else /tmp/chromium
 * (where @sparticuz/chromium extracts one), else the browser chrome-launcher finds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measureSite } from './site-bytes.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const site = measureSite(DIST);
const longest = site.pages.filter((page) => page.type === 'section').sort((a, b) => b.html - a.html)[0];
const indicator = site.pages.find((page) => page.type === 'indicator');
const paths = ['/', longest?.path, indicator?.path, '/statistics/', '/hkex-esg-guide/'].filter((path): path is string => path !== undefined);

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
  console.log(`${'page'.padEnd(58)}${CATEGORIES.map((category) => category.padStart(16)).join('')}${'bytes'.padStart(10)}`);
  for (const path of paths) {
    const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result!.lhr;
    const scores = CATEGORIES.map((category) => String(Math.round((lhr.categories[category]?.score ?? 0) * 100)).padStart(16));
    const bytes = lhr.audits['total-byte-weight']?.numericValue ?? 0;
    console.log(`${path.padEnd(58)}${scores.join('')}${String(Math.round(bytes)).padStart(10)}`);
  }
} finally {
  chrome?.kill();
  preview.kill();
}
