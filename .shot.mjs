import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const dist = '/work/main/dist';
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.wasm': 'application/wasm' };
const server = createServer((q, r) => { let f = join(dist, decodeURIComponent(new URL(q.url, 'http://x').pathname)); if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html'); if (!existsSync(f)) { r.writeHead(404); return r.end(); } r.writeHead(200, { 'Content-Type': types[extname(f)] ?? 'application/octet-stream' }); r.end(readFileSync(f)); });
await new Promise((res) => server.listen(4455, '127.0.0.1', res));
const b = await chromium.launch({ executablePath: '/tmp/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = process.argv.slice(2);
for (const [w, scheme] of [[1280, 'light'], [390, 'dark']]) for (const p of pages) {
  const page = await b.newPage({ viewport: { width: w, height: w > 500 ? 900 : 800 }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4455' + p); await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${p.replace(/\W+/g, '_')}-${w}-${scheme}.png`, fullPage: false });
  await page.close();
}
await b.close(); server.close();
