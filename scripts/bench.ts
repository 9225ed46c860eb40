/**
 * `npm run bench`: build the site and print figures — build time, pages, sizes, and the JavaScript a
 * text page and a chart page ship. Figures only; nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const started = performance.now();
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const size = (paths: string[]) => paths.reduce((sum, path) => sum + statSync(path).size, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const html = files.filter((file) => file.endsWith('.html'));
/** JavaScript a page loads up front, and what it can load on demand (chart.js). */
const scriptsOf = (page: string) =>
  [...readFileSync(join(dist, page), 'utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => join(dist, match[1]!));
const chunks = files.filter((file) => file.endsWith('.js'));
const lazy = chunks.filter((file) => /chart-render/.test(file));

console.log(`build (astro build, cold process)      ${seconds.toFixed(1)} s`);
console.log(`pages                                  ${html.length}`);
console.log(`dist/ total                            ${kb(size(files))} in ${files.length} files`);
console.log(`HTML total / largest page              ${kb(size(html))} / ${kb(Math.max(...html.map((file) => statSync(file).size)))}`);
console.log(`CSS total                              ${kb(size(files.filter((file) => file.endsWith('.css'))))}`);
console.log(`JS on a text page (/ceo-speech/)       ${kb(size(scriptsOf('ceo-speech/index.html')))}`);
console.log(`JS up front on a chart page            ${kb(size(scriptsOf('indicators/ghg-total/index.html')))}`);
console.log(`chart.js chunk, loaded when needed     ${lazy.map((file) => `${relative(dist, file)} ${kb(statSync(file).size)}`).join(', ')}`);
