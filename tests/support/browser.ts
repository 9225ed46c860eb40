/**
 * A real Chromium for browser tests (playwright-core drives the system browser; nothing is downloaded),
 * and a small static server for dist/ on the loopback interface.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from './site.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found)
    throw new Error(
      'Chromium was not found, and the browser tests need it. Install it with `apt-get update && apt-get install -y chromium` ' +
        '(Debian/Ubuntu; it lands at /usr/bin/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary. Do not run `npx playwright install`.',
    );
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Flags for a closed network and a root user in CI: no background requests, no sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** Serve a directory on 127.0.0.1 at a free port; resolves to its origin. */
export async function serve(directory: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(directory, path));
    if (!file.startsWith(directory)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      return void response.end(existsSync(join(directory, '404.html')) ? readFileSync(join(directory, '404.html')) : 'Not found');
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/** Chromium and a server for dist/, started before a test file's tests and stopped after them. */
export function useBrowserOnSite(): { browser: Browser; server: Server; origin: string } {
  const state = {} as { browser: Browser; server: Server; origin: string };
  beforeAll(async () => {
    state.browser = await launchChromium();
    Object.assign(state, await serve(DIST));
  });
  afterAll(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return state;
}
