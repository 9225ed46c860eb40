/**
 * The one place that finds and launches a headless Chromium, for the PDF build, the browser tests and Lighthouse.
 *
 * Order (first found wins):
 *  1. `CHROME_PATH` (or its alias `CHROMIUM_PATH`): a Chrome/Chromium/Edge binary the user chose;
 *  2. the Chromium shipped inside the npm package `@sparticuz/chromium` (Linux x64; `npm install` brings it,
 *     no system install; extracted to the OS temp folder on first use);
 *  3. the system's Chrome, Chromium or Edge, found by `chrome-launcher`.
 * Nothing is downloaded from the network. With none found, `findBrowser` throws `BrowserNotFoundError`, whose
 * message is one sentence saying how to get one.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for logs and the README's "made with" line. */
  source: 'CHROME_PATH' | '@sparticuz/chromium' | 'system';
  /** Extra command-line flags the binary needs. */
  args: string[];
  /** Extra environment for the browser process. */
  env?: Record<string, string>;
}

export class BrowserNotFoundError extends Error {
  constructor(detail = '') {
    super(
      'No Chromium was found: run `npm install` on Linux x64 (it brings @sparticuz/chromium), install Chrome or Chromium ' +
        '(e.g. `apt-get install -y chromium`), or set CHROME_PATH to a Chrome, Chromium or Edge binary' +
        (detail ? ` (${detail}).` : '.'),
    );
    this.name = 'BrowserNotFoundError';
  }
}

/**
 * Flags for a closed network and a root user in CI: no background requests, no sandbox (containers run as root).
 */
export const CLOSED_NETWORK_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @sparticuz/chromium's serverless flags, minus: the two that would weaken what the tests check (same-origin
 * policy and mixed content: the site must behave as in a normal browser); `--single-process`, under which a
 * second page or browser context fails (the tests open many); and its headless flag, which playwright-core sets.
 */
const SPARTICUZ_DROPPED = /^--(disable-web-security|allow-running-insecure-content|single-process|headless)\b/;

async function npmChromium(): Promise<FoundBrowser | undefined> {
  if (platform() !== 'linux' || arch() !== 'x64') return undefined;
  let module: typeof import('@sparticuz/chromium');
  try {
    module = await import('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const chromium = module.default;
  const executablePath = await chromium.executablePath();
  if (!executablePath || !existsSync(executablePath)) return undefined;
  return { executablePath, source: '@sparticuz/chromium', args: chromium.args.filter((flag) => !SPARTICUZ_DROPPED.test(flag)), env: fontconfig() };
}

/**
 * The machine's fonts, plus the package's own (Open Sans, extracted to <tmp>/fonts/fonts) as a last resort, so a
 * machine without fonts (a fresh CI container) still prints text. The machine's fonts come first because with
 * Open Sans alone Chromium 147 writes each chapter's running head into its PDF outline entry.
 */
function fontconfig(): Record<string, string> | undefined {
  const packaged = join(tmpdir(), 'fonts', 'fonts');
  if (!existsSync(packaged)) return undefined;
  const directory = join(tmpdir(), 'esg-fontconfig');
  mkdirSync(directory, { recursive: true });
  writeFileSync(
    join(directory, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${packaged}</dir>\n` +
      `  <cachedir>${join(directory, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { FONTCONFIG_PATH: directory, FONTCONFIG_FILE: join(directory, 'fonts.conf') };
}

async function systemChromium(): Promise<FoundBrowser | undefined> {
  try {
    const { Launcher } = await import('chrome-launcher');
    const [executablePath] = Launcher.getInstallations();
    return executablePath ? { executablePath, source: 'system', args: [] } : undefined;
  } catch {
    // chrome-launcher throws on platforms it does not know; that means "none found".
    return undefined;
  }
}

let found: Promise<FoundBrowser> | undefined;
/** The CHROME_PATH the cached answer was found with: a new value looks again. */
let foundFor: string | undefined;

/**
 * Finds a browser (see the module comment for the order); the result is cached for the process.
 * @throws BrowserNotFoundError when none is found, or when CHROME_PATH names a file that does not exist.
 */
export function findBrowser(): Promise<FoundBrowser> {
  const chosen = process.env.CHROME_PATH || process.env.CHROMIUM_PATH;
  if (chosen !== foundFor) found = undefined;
  foundFor = chosen;
  found ??= (async () => {
    if (chosen) {
      if (!existsSync(chosen)) throw new BrowserNotFoundError(`CHROME_PATH is "${chosen}", which does not exist`);
      return { executablePath: chosen, source: 'CHROME_PATH', args: [] } satisfies FoundBrowser;
    }
    const browser = (await npmChromium()) ?? (await systemChromium());
    if (!browser) throw new BrowserNotFoundError();
    return browser;
  })();
  found.catch(() => (found = undefined));
  return found;
}

/**
 * Launches the found browser headless through playwright-core, with the closed-network flags. playwright-core is
 * loaded here, when a browser is wanted: at the top of the module it cost every build (the config imports the PDF
 * step) about half a second of CPU, also with `ESG_PDF=skip`.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await findBrowser();
  const args = [...new Set([...browser.args, ...CLOSED_NETWORK_ARGS])];
  const { chromium: playwright } = await import('playwright-core');
  return playwright.launch({ executablePath: browser.executablePath, args, headless: true, env: browser.env ? { ...process.env, ...browser.env } : undefined });
}
